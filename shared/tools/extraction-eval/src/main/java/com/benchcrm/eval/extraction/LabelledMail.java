package com.benchcrm.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One mail of an evaluation set and its labels.
 *
 * @param set   the set it belongs to ({@code dice}, {@code nyc}, {@code anon}, ...)
 * @param id    unique within the set
 * @param part  development or measuring part
 * @param raw   the message: RFC 822 bytes when {@code plainText} is false, else UTF-8 text pasted without headers
 * @param label {@code {"requirements": [...]}}, the fields of each requirement (see {@link FieldScores})
 */
public record LabelledMail(String set, String id, Part part, byte[] raw, boolean plainText, JsonNode label) {}
