/**
 * The deterministic {@link com.benchcrm.extraction.AiGateway}:
 * {@link com.benchcrm.extraction.rules.DeterministicExtractor} reads requirement mails and resumes
 * with "Label: value" lines, patterns and the skills taxonomy, no model call.
 */
@NullMarked
package com.benchcrm.extraction.rules;

import org.jspecify.annotations.NullMarked;
