/**
 * Structured extraction behind the {@link com.benchcrm.extraction.AiGateway} port: requirements
 * (several per mail for hot lists) and resumes, every field with the text it came from, and the
 * JSON Schemas of both targets ({@link com.benchcrm.extraction.ExtractionSchemas}).
 */
@NullMarked
package com.benchcrm.extraction;

import org.jspecify.annotations.NullMarked;
