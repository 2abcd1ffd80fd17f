/**
 * Fitting the calibrated success model (issue 14 item 6, ADR 0076): {@link com.benchcrm.ml.LogisticRegression}
 * (Apache Commons Math's conjugate-gradient optimizer on the L2-regularized log-loss),
 * {@link com.benchcrm.ml.GradientBoosting} (XGBoost4J), Platt scaling fitted on out-of-fold scores,
 * {@link com.benchcrm.ml.Metrics} (AUC, PR-AUC, Brier, reliability table) and
 * {@link com.benchcrm.ml.SuccessTraining}, which turns labelled outcomes into a registered
 * {@link com.benchcrm.matching.success.SuccessModel} with its model card.
 */
package com.benchcrm.ml;
