package com.benchcrm.function.modeltraining;

import com.benchcrm.common.Json;
import com.benchcrm.function.runtime.SnapStartPriming;
import com.benchcrm.persistence.postgres.PostgresPersistence;

/** SnapStart priming of the model training: the database client and the JSON mapper, without training anything. */
final class ModelTrainingPriming {

    private ModelTrainingPriming() {}

    static void prime(ModelTrainingComponents components) {
        Json.write(SnapStartPriming.sampleEvent().toNode());
        PostgresPersistence.over(components.sql()).ping();
    }
}
