package com.benchcrm.function.webhookdelivery;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.cloud.function.context.FunctionalSpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;

/**
 * Functional bean registration of the event worker (no component scan). In Lambda the handler is
 * {@code org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest} with
 * {@code MAIN_CLASS=com.benchcrm.function.webhookdelivery.EventWorkerApplication} and
 * {@code SPRING_CLOUD_FUNCTION_DEFINITION} {@value #RELAY} or {@value #WEBHOOKS}. A function whose
 * part of the configuration is missing (no bus, no webhook queue) is not registered.
 */
@SpringBootConfiguration
public class EventWorkerApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String RELAY = "outboxRelay";
    public static final String WEBHOOKS = "webhookDelivery";
    /** The daily WorkAuthorizationExpiring job (needs only the SQL settings). */
    public static final String WORK_AUTHORIZATION_ALERTS = "workAuthorizationAlerts";

    public static void main(String[] args) {
        FunctionalSpringApplication.run(EventWorkerApplication.class, args);
    }

    @Override
    public void initialize(GenericApplicationContext context) {
        EventWorkerConfig config = EventWorkerConfig.from(name -> context.getEnvironment().getProperty(name));
        context.registerBean(EventWorkerConfig.class, () -> config);
        context.registerBean(EventWorkerComponents.class, () -> EventWorkerComponents.create(context.getBean(EventWorkerConfig.class)));
        context.registerBean(EventWorkerPriming.class, () -> new EventWorkerPriming(context.getBean(EventWorkerComponents.class)).register());
        if (config.eventBusName().isPresent()) {
            context.registerBean(RELAY, FunctionRegistration.class, () -> {
                context.getBean(EventWorkerPriming.class);
                EventWorkerComponents c = context.getBean(EventWorkerComponents.class);
                return new FunctionRegistration<>(new OutboxRelayFunction(c.relay().orElseThrow(), c.relayBudget(), c.purge().orElseThrow()), RELAY)
                        .type(type(ResolvableType.forClassWithGenerics(Map.class, String.class, Object.class)));
            });
        }
        context.registerBean(WORK_AUTHORIZATION_ALERTS, FunctionRegistration.class, () -> {
            context.getBean(EventWorkerPriming.class);
            EventWorkerComponents c = context.getBean(EventWorkerComponents.class);
            return new FunctionRegistration<>(new WorkAuthorizationAlertsFunction(c.workAuthorizationAlerts()), WORK_AUTHORIZATION_ALERTS)
                    .type(type(ResolvableType.forClassWithGenerics(Map.class, String.class, Object.class)));
        });
        if (config.webhookQueueUrl().isPresent()) {
            context.registerBean(WEBHOOKS, FunctionRegistration.class, () -> {
                context.getBean(EventWorkerPriming.class);
                EventWorkerComponents c = context.getBean(EventWorkerComponents.class);
                return new FunctionRegistration<>(new WebhookDeliveryFunction(c.webhooks().orElseThrow()), WEBHOOKS)
                        .type(type(ResolvableType.forClass(SQSBatchResponse.class)));
            });
        }
    }

    static Type type(ResolvableType output) {
        return ResolvableType.forClassWithGenerics(Function.class,
                ResolvableType.forClassWithGenerics(Message.class, byte[].class), output).getType();
    }
}
