package com.benchcrm.function.emailingest;

import com.benchcrm.function.runtime.FunctionBeans;
import java.util.function.Supplier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.cloud.function.context.FunctionalSpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Functional bean registration of the e-mail ingest function. In Lambda the handler is
 * {@code org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest} with
 * {@code MAIN_CLASS=com.benchcrm.function.emailingest.EmailIngestApplication}; the function is
 * {@value #FUNCTION_NAME}. The trigger is the tenant receipt rule's Lambda action (event
 * invocation), after its S3 action stored the raw message.
 */
@SpringBootConfiguration
public class EmailIngestApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION_NAME = "emailIngest";

    public static void main(String[] args) {
        FunctionalSpringApplication.run(EmailIngestApplication.class, args);
    }

    @Override
    public void initialize(GenericApplicationContext context) {
        FunctionBeans beans = FunctionBeans.of(context);
        EmailIngestConfig config = EmailIngestConfig.from(beans.environment());
        Supplier<EmailIngestComponents> components = beans.root(
                EmailIngestComponents.class,
                () -> EmailIngestComponents.create(config),
                "the e-mail ingest function",
                EmailIngestComponents::prime);
        beans.function(FUNCTION_NAME, String.class, () -> {
            EmailIngestComponents c = components.get();
            return new EmailIngestFunction(c.delivery(), c.deadLetters(), c.rawBucket());
        });
    }
}
