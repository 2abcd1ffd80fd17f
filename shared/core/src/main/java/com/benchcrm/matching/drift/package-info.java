/**
 * Drift of the active success model (ADR 0078): {@link com.benchcrm.matching.drift.ModelDrift} compares the
 * training bins stored in the model card with the feature snapshots of recent recommendations
 * ({@link com.benchcrm.matching.success.Psi}). Its own package: it reads both the recommendations
 * ({@code matching}) and the models ({@code matching.success}), which neither of them needs.
 */
@NullMarked
package com.benchcrm.matching.drift;

import org.jspecify.annotations.NullMarked;
