package com.benchcrm.function.outboxrelay;

import com.benchcrm.function.runtime.FunctionBeans;
import java.util.function.Supplier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.cloud.function.context.FunctionalSpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Functional bean registration of the outbox relay (no component scan). In Lambda the handler is
 * {@code org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest} with
 * {@code MAIN_CLASS=com.benchcrm.function.outboxrelay.OutboxRelayApplication}; the function is
 * {@value #FUNCTION_NAME}.
 */
@SpringBootConfiguration
public class OutboxRelayApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION_NAME = "outboxRelay";

    public static void main(String[] args) {
        FunctionalSpringApplication.run(OutboxRelayApplication.class, args);
    }

    @Override
    public void initialize(GenericApplicationContext context) {
        FunctionBeans beans = FunctionBeans.of(context);
        OutboxRelayConfig config = OutboxRelayConfig.from(beans.environment());
        Supplier<OutboxRelayComponents> components = beans.root(OutboxRelayComponents.class, () -> OutboxRelayComponents.create(config),
                "the outbox relay", OutboxRelayPriming::prime);
        beans.function(FUNCTION_NAME, OutboxRelayFunction.Summary.class,
                () -> new OutboxRelayFunction(components.get().relay(), components.get().budget(), components.get().purge()));
    }
}
