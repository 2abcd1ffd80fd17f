/**
 * The model training function ({@code modelTraining}), one invocation per tenant from that tenant's EventBridge
 * Scheduler schedule (weekly by default): measures the active success model's drift (PSI, a CloudWatch metric,
 * ADR 0078), then trains, registers in the S3 model registry and activates a calibrated model
 * ({@link com.benchcrm.ml.TrainingJob}, ADRs 0076 and 0077).
 * {@link com.benchcrm.function.modeltraining.ModelTrainingComponents} builds everything from
 * {@link com.benchcrm.function.modeltraining.ModelTrainingConfig}; the handler only translates.
 */
@NullMarked
package com.benchcrm.function.modeltraining;

import org.jspecify.annotations.NullMarked;
