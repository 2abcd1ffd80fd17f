package com.benchcrm.function.httpapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.benchcrm.function.runtime.FunctionBeans;
import java.util.function.Supplier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.cloud.function.context.FunctionalSpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Functional bean registration for the HTTP API function (no component scan, no
 * auto-configuration). In Lambda the handler is
 * {@code org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest} with
 * {@code MAIN_CLASS=com.benchcrm.function.httpapi.HttpApiApplication}; the function is {@value #FUNCTION_NAME}.
 */
@SpringBootConfiguration
public class HttpApiApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION_NAME = "httpApi";

    public static void main(String[] args) {
        FunctionalSpringApplication.run(HttpApiApplication.class, args);
    }

    @Override
    public void initialize(GenericApplicationContext context) {
        FunctionBeans beans = FunctionBeans.of(context);
        // in AWS the unsubscribe secret comes as BENCHCRM_UNSUBSCRIBE_SECRET_ARN, read once here (before the snapshot)
        HttpApiConfig config = HttpApiConfig.from(com.benchcrm.secrets.manager.SecretEnvironment.resolve(
                beans.environment(), java.util.List.of(HttpApiConfig.UNSUBSCRIBE_SECRET)));
        Supplier<HttpApiComponents> components = beans.root(
                HttpApiComponents.class,
                () -> HttpApiComponents.create(config),
                "the HTTP API",
                c -> new HttpApiPriming(c.api()).prime());
        beans.function(
                FUNCTION_NAME,
                APIGatewayV2HTTPResponse.class,
                () -> new HttpApiFunction(components.get().api()));
    }
}
