package com.benchcrm.function.matching;

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
 * {@code MAIN_CLASS=com.benchcrm.function.matching.MatchingApplication} and
 * {@code SPRING_CLOUD_FUNCTION_DEFINITION} {@value #EMBED} or {@value #MATCH}. A function whose DLQ
 * is not configured is not registered; without an embedding model neither starts
 * ({@link MatchingConfig.MatchingNotConfiguredException}).
 */
@SpringBootConfiguration
public class MatchingApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String EMBED = "embed";
    public static final String MATCH = "match";

    public static void main(String[] args) {
        FunctionalSpringApplication.run(MatchingApplication.class, args);
    }

    @Override
    public void initialize(GenericApplicationContext context) {
        java.util.function.Function<String, String> env = name -> context.getEnvironment().getProperty(name);
        MatchingConfig config = MatchingConfig.from(env);
        context.registerBean(MatchingConfig.class, () -> config);
        context.registerBean(MatchingComponents.class, () -> MatchingComponents.create(context.getBean(MatchingConfig.class), env));
        context.registerBean(MatchingPriming.class, () -> new MatchingPriming(context.getBean(MatchingComponents.class)).register());
        if (config.embedDlqUrl().isPresent()) {
            context.registerBean(EMBED, FunctionRegistration.class, () -> {
                context.getBean(MatchingPriming.class);
                EmbedBatchHandler handler = context.getBean(MatchingComponents.class).embed().orElseThrow();
                return new FunctionRegistration<>(new SqsBatchFunction(EMBED, handler::handle), EMBED).type(TYPE);
            });
        }
        if (config.matchDlqUrl().isPresent()) {
            context.registerBean(MATCH, FunctionRegistration.class, () -> {
                context.getBean(MatchingPriming.class);
                MatchBatchHandler handler = context.getBean(MatchingComponents.class).match().orElseThrow();
                return new FunctionRegistration<>(new SqsBatchFunction(MATCH, handler::handle), MATCH).type(TYPE);
            });
        }
    }

    private static final Type TYPE = ResolvableType.forClassWithGenerics(Function.class,
            ResolvableType.forClassWithGenerics(Message.class, byte[].class), ResolvableType.forClass(SQSBatchResponse.class)).getType();
}
