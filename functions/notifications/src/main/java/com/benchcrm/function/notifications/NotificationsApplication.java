package com.benchcrm.function.notifications;

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
 * Functional bean registration of the notifications functions (no component scan). In Lambda the
 * handler is {@code org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest} with
 * {@code MAIN_CLASS=com.benchcrm.function.notifications.NotificationsApplication} and
 * {@code SPRING_CLOUD_FUNCTION_DEFINITION} {@value #NOTIFY} or {@value #DAILY}. {@value #NOTIFY} is
 * registered only when its DLQ is configured.
 */
@SpringBootConfiguration
public class NotificationsApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String NOTIFY = "notify";
    public static final String DAILY = "notificationsDaily";

    public static void main(String[] args) {
        FunctionalSpringApplication.run(NotificationsApplication.class, args);
    }

    @Override
    public void initialize(GenericApplicationContext context) {
        FunctionBeans beans = FunctionBeans.of(context);
        Function<String, String> env = beans.environment();
        NotificationsConfig config = NotificationsConfig.from(env);
        Supplier<NotificationsComponents> components = beans.root(
                NotificationsComponents.class,
                () -> NotificationsComponents.create(config),
                "the notifications functions",
                NotificationsPriming::prime);
        if (config.notifyDlqUrl().isPresent()) {
            beans.function(
                    NOTIFY,
                    SQSBatchResponse.class,
                    () -> new SqsBatchHandler(
                            NOTIFY, components.get().notifyHandler().orElseThrow()::handle));
        }
        beans.function(
                DAILY,
                NotificationsDailyFunction.Summary.class,
                () -> new NotificationsDailyFunction(components.get().daily()::run));
    }
}
