package com.benchcrm.function.emailingest;

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
        context.registerBean(EmailIngestConfig.class, () -> EmailIngestConfig.from(name -> context.getEnvironment().getProperty(name)));
        context.registerBean(EmailIngestComponents.class, () -> EmailIngestComponents.create(context.getBean(EmailIngestConfig.class)));
        context.registerBean(FUNCTION_NAME, FunctionRegistration.class, () -> {
            EmailIngestComponents c = context.getBean(EmailIngestComponents.class);
            return new FunctionRegistration<>(new EmailIngestFunction(c.delivery(), c.deadLetters(), c.rawBucket()), FUNCTION_NAME)
                    .type(functionType());
        });
    }

    static Type functionType() {
        return ResolvableType.forClassWithGenerics(Function.class,
                ResolvableType.forClassWithGenerics(Message.class, byte[].class),
                ResolvableType.forClass(String.class)).getType();
    }
}
