package com.benchcrm.function.outreachsender;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.function.runtime.EventHandler;
import com.benchcrm.function.runtime.FunctionBeans;
import com.benchcrm.function.runtime.sqs.SqsBatch;
import java.util.function.Supplier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.cloud.function.context.FunctionalSpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Functional bean registration of the outreach sender (no component scan). In Lambda the handler is
 * {@code org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest} with
 * {@code MAIN_CLASS=com.benchcrm.function.outreachsender.OutreachSenderApplication}; the function is
 * {@value #FUNCTION_NAME}, on the outreach queue with {@code ReportBatchItemFailures}; the same artifact's
 * {@value #FEEDBACK} consumes the feedback queue (SES bounces and complaints via SNS).
 */
@SpringBootConfiguration
public class OutreachSenderApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION_NAME = "outreachSender";
    /** The SES feedback consumer (bounces and complaints suppress), on the feedback queue. */
    public static final String FEEDBACK = "outreachFeedback";
    /** The scheduled sweep of rows an approval could not hand to the send queue (ADR 0095). */
    public static final String SWEEP = "outreachSweep";

    public static void main(String[] args) {
        FunctionalSpringApplication.run(OutreachSenderApplication.class, args);
    }

    @Override
    public void initialize(GenericApplicationContext context) {
        FunctionBeans beans = FunctionBeans.of(context);
        // in AWS the unsubscribe secret comes as BENCHCRM_UNSUBSCRIBE_SECRET_ARN, read once here (before the snapshot)
        OutreachSenderConfig config = OutreachSenderConfig.from(com.benchcrm.secrets.manager.SecretEnvironment.resolve(
                beans.environment(), java.util.List.of(OutreachSenderConfig.UNSUBSCRIBE_SECRET)));
        Supplier<OutreachSenderComponents> components = beans.root(
                OutreachSenderComponents.class,
                () -> OutreachSenderComponents.create(config),
                "outreach sender",
                OutreachSenderPriming::prime);
        beans.function(FUNCTION_NAME, SQSBatchResponse.class, () -> (EventHandler<SQSBatchResponse>)
                invocation -> components.get().handler().handle(SqsBatch.messages(FUNCTION_NAME, invocation.event())));
        beans.function(FEEDBACK, SQSBatchResponse.class, () -> (EventHandler<SQSBatchResponse>)
                invocation -> components.get().feedback().handle(SqsBatch.messages(FEEDBACK, invocation.event())));
        beans.function(
                SWEEP,
                com.benchcrm.marketing.OutreachSweep.Report.class,
                () -> (EventHandler<com.benchcrm.marketing.OutreachSweep.Report>)
                        invocation -> components.get().sweep().get());
    }
}
