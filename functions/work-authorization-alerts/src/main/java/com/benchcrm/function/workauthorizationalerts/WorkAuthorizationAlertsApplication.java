package com.benchcrm.function.workauthorizationalerts;

import com.benchcrm.function.runtime.FunctionBeans;
import java.util.function.Supplier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.cloud.function.context.FunctionalSpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Functional bean registration of the work authorization alerts (no component scan). In Lambda the
 * handler is {@code org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest}
 * with {@code MAIN_CLASS=com.benchcrm.function.workauthorizationalerts.WorkAuthorizationAlertsApplication};
 * the function is {@value #FUNCTION_NAME}.
 */
@SpringBootConfiguration
public class WorkAuthorizationAlertsApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION_NAME = "workAuthorizationAlerts";

    public static void main(String[] args) {
        FunctionalSpringApplication.run(WorkAuthorizationAlertsApplication.class, args);
    }

    @Override
    public void initialize(GenericApplicationContext context) {
        FunctionBeans beans = FunctionBeans.of(context);
        WorkAuthorizationAlertsConfig config = WorkAuthorizationAlertsConfig.from(beans.environment());
        Supplier<WorkAuthorizationAlertsComponents> components = beans.root(
                WorkAuthorizationAlertsComponents.class,
                () -> WorkAuthorizationAlertsComponents.create(config),
                "the work authorization alerts",
                WorkAuthorizationAlertsPriming::prime);
        beans.function(
                FUNCTION_NAME,
                WorkAuthorizationAlertsFunction.Summary.class,
                () -> new WorkAuthorizationAlertsFunction(components.get().alerts()::run));
    }
}
