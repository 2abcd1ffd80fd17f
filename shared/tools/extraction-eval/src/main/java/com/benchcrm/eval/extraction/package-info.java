/**
 * The evaluation of extraction: sets of labelled mail and resumes (real data wrapped as vendor
 * mail at run time, labelled real mail, anonymous mail and resumes written for the project), each
 * split by {@link com.benchcrm.eval.extraction.Part} into a development part and a measuring
 * part, the per-field scorers, and {@link com.benchcrm.eval.extraction.ExtractionEval}, the
 * command that prints per-field precision and recall of both parts.
 */
@NullMarked
package com.benchcrm.eval.extraction;

import org.jspecify.annotations.NullMarked;
