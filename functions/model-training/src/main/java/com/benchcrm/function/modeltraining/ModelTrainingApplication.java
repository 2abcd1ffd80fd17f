package com.benchcrm.function.modeltraining;

import com.benchcrm.function.runtime.FunctionBeans;
import java.util.function.Supplier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.cloud.function.context.FunctionalSpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Functional bean registration of the model training (no component scan). In Lambda the handler is
 * {@code org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest} with
 * {@code MAIN_CLASS=com.benchcrm.function.modeltraining.ModelTrainingApplication}; the function is
 * {@value #FUNCTION_NAME}.
 */
@SpringBootConfiguration
public class ModelTrainingApplication implements ApplicationContextInitializer<GenericApplicationContext> {

    public static final String FUNCTION_NAME = "modelTraining";

    public static void main(String[] args) {
        FunctionalSpringApplication.run(ModelTrainingApplication.class, args);
    }

    @Override
    public void initialize(GenericApplicationContext context) {
        FunctionBeans beans = FunctionBeans.of(context);
        ModelTrainingConfig config = ModelTrainingConfig.from(beans.environment());
        Supplier<ModelTrainingComponents> components = beans.root(
                ModelTrainingComponents.class,
                () -> ModelTrainingComponents.create(config),
                "the model training",
                ModelTrainingPriming::prime);
        beans.function(FUNCTION_NAME, ModelTrainingFunction.Summary.class, () -> {
            ModelTrainingComponents c = components.get();
            return new ModelTrainingFunction(
                    c.training()::run, c.drift()::measure, new PowertoolsDriftMetrics(), config.driftDays());
        });
    }
}
