/**
 * Calibrated success probability (issue 14 item 6, ADR 0076): the features a success model reads from a
 * scored match ({@link com.benchcrm.matching.success.SuccessFeatures}), the fitted model
 * ({@link com.benchcrm.matching.success.SuccessModel}: logistic regression with Platt scaling; inference is
 * arithmetic, the fitting lives in {@code shared/adapters/ml-training}), its model card, the per-tenant
 * registry of versions with one active ({@link com.benchcrm.matching.success.SuccessModelRegistry}, kept in
 * the {@link com.benchcrm.blob.BlobStore}: S3 in AWS, a folder under the stack home locally) and the
 * Owner/Admin use case behind {@code GET/PUT /v1/models} ({@link com.benchcrm.matching.success.SuccessModels}).
 */
package com.benchcrm.matching.success;
