package com.benchcrm.function.httpapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
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
        context.registerBean(HttpApiConfig.class,
                () -> HttpApiConfig.from(name -> context.getEnvironment().getProperty(name)));
        context.registerBean(HttpApiComponents.class,
                () -> HttpApiComponents.create(context.getBean(HttpApiConfig.class)));
        context.registerBean(HttpApiPriming.class,
                () -> new HttpApiPriming(context.getBean(HttpApiComponents.class).api()).register());
        context.registerBean(FUNCTION_NAME, FunctionRegistration.class, () -> {
            context.getBean(HttpApiPriming.class);
            return new FunctionRegistration<>(new HttpApiFunction(context.getBean(HttpApiComponents.class).api()), FUNCTION_NAME)
                    .type(functionType());
        });
    }

    static Type functionType() {
        return ResolvableType.forClassWithGenerics(Function.class,
                ResolvableType.forClassWithGenerics(Message.class, byte[].class),
                ResolvableType.forClass(APIGatewayV2HTTPResponse.class)).getType();
    }
}
