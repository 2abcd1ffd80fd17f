package com.benchcrm.matchworker;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import java.lang.reflect.Type;
import java.util.function.Function;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.cloud.function.context.FunctionalSpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;

/**
 * Functional bean registration of the match worker (no component scan). In Lambda the handler is
 * {@code org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest} with
 * {@code MAIN_CLASS=com.benchcrm.matchworker.MatchWorkerApplication} and
 * {@code SPRING_CLOUD_FUNCTION_DEFINITION} {@value #EMBED} or {@value #MATCH}. A function whose DLQ
 * is not configured is not registered; without an embedding model neither starts
 * ({@link MatchWorkerConfig.MatchingNotConfiguredException}).
 */
@SpringBootConfiguration
public class MatchWorkerApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String EMBED = "embed";
    public static final String MATCH = "match";

    public static void main(String[] args) {
        FunctionalSpringApplication.run(MatchWorkerApplication.class, args);
    }

    @Override
    public void initialize(GenericApplicationContext context) {
        java.util.function.Function<String, String> env = name -> context.getEnvironment().getProperty(name);
        MatchWorkerConfig config = MatchWorkerConfig.from(env);
        context.registerBean(MatchWorkerConfig.class, () -> config);
        context.registerBean(MatchWorkerComponents.class, () -> MatchWorkerComponents.create(context.getBean(MatchWorkerConfig.class), env));
        context.registerBean(MatchWorkerPriming.class, () -> new MatchWorkerPriming(context.getBean(MatchWorkerComponents.class)).register());
        if (config.embedDlqUrl().isPresent()) {
            context.registerBean(EMBED, FunctionRegistration.class, () -> {
                context.getBean(MatchWorkerPriming.class);
                EmbedBatchHandler handler = context.getBean(MatchWorkerComponents.class).embed().orElseThrow();
                return new FunctionRegistration<>(new SqsBatchFunction(EMBED, handler::handle), EMBED).type(TYPE);
            });
        }
        if (config.matchDlqUrl().isPresent()) {
            context.registerBean(MATCH, FunctionRegistration.class, () -> {
                context.getBean(MatchWorkerPriming.class);
                MatchBatchHandler handler = context.getBean(MatchWorkerComponents.class).match().orElseThrow();
                return new FunctionRegistration<>(new SqsBatchFunction(MATCH, handler::handle), MATCH).type(TYPE);
            });
        }
    }

    private static final Type TYPE = ResolvableType.forClassWithGenerics(Function.class,
            ResolvableType.forClassWithGenerics(Message.class, byte[].class), ResolvableType.forClass(SQSBatchResponse.class)).getType();
}
