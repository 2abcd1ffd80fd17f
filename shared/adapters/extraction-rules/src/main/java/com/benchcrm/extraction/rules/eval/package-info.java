/**
 * The extractor's evaluation: {@link com.benchcrm.extraction.rules.eval.FieldScores}, field-level
 * precision, recall and F1 of extracted requirements against labels.
 */
@NullMarked
package com.benchcrm.extraction.rules.eval;

import org.jspecify.annotations.NullMarked;
