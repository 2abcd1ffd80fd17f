package com.benchcrm.function.matching;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.benchcrm.function.runtime.FunctionBeans;
import com.benchcrm.function.runtime.sqs.SqsBatchHandler;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.cloud.function.context.FunctionalSpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Functional bean registration of the matching functions (no component scan). In Lambda the handler is
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
        FunctionBeans beans = FunctionBeans.of(context);
        Function<String, String> env = beans.environment();
        MatchingConfig config = MatchingConfig.from(env);
        Supplier<MatchingComponents> components = beans.root(
                MatchingComponents.class,
                () -> MatchingComponents.create(config, env),
                "the matching functions",
                MatchingPriming::prime);
        if (config.embedDlqUrl().isPresent()) {
            beans.function(
                    EMBED,
                    SQSBatchResponse.class,
                    () -> new SqsBatchHandler(EMBED, components.get().embed().orElseThrow()::handle));
        }
        if (config.matchDlqUrl().isPresent()) {
            beans.function(
                    MATCH,
                    SQSBatchResponse.class,
                    () -> new SqsBatchHandler(MATCH, components.get().match().orElseThrow()::handle));
        }
    }
}
