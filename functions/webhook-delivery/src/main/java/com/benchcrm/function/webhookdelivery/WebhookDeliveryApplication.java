package com.benchcrm.function.webhookdelivery;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.function.runtime.FunctionBeans;
import com.benchcrm.function.runtime.sqs.SqsBatchHandler;
import java.util.function.Supplier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.cloud.function.context.FunctionalSpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Functional bean registration of webhook delivery (no component scan). In Lambda the handler is
 * {@code org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest} with
 * {@code MAIN_CLASS=com.benchcrm.function.webhookdelivery.WebhookDeliveryApplication}; the function is
 * {@value #FUNCTION_NAME}, on the webhook queue with {@code ReportBatchItemFailures}.
 */
@SpringBootConfiguration
public class WebhookDeliveryApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION_NAME = "webhookDelivery";

    public static void main(String[] args) {
        FunctionalSpringApplication.run(WebhookDeliveryApplication.class, args);
    }

    @Override
    public void initialize(GenericApplicationContext context) {
        FunctionBeans beans = FunctionBeans.of(context);
        WebhookDeliveryConfig config = WebhookDeliveryConfig.from(beans.environment());
        Supplier<WebhookDeliveryComponents> components = beans.root(WebhookDeliveryComponents.class,
                () -> WebhookDeliveryComponents.create(config), "webhook delivery", WebhookDeliveryPriming::prime);
        beans.function(FUNCTION_NAME, SQSBatchResponse.class,
                // the batch's deadline follows the invocation's remaining time (ADR 0055)
                () -> (com.benchcrm.function.runtime.EventHandler<SQSBatchResponse>) invocation -> components.get().webhooks().handle(
                        com.benchcrm.function.runtime.sqs.SqsBatch.messages(FUNCTION_NAME, invocation.event()),
                        invocation.remainingMillis().map(java.time.Duration::ofMillis)));
    }
}
