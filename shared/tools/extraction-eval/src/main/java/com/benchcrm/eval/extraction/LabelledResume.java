package com.benchcrm.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One resume of an evaluation set and its labels.
 *
 * @param text  the resume as text (what the import reads from a PDF, DOCX or text file)
 * @param label {@code titles}, {@code yearsExperience}, {@code location}, {@code workAuthorization},
 *              {@code skills}, {@code skillYears} (see {@link ResumeScores}); an absent key is not scored
 */
public record LabelledResume(String set, String id, Part part, String text, JsonNode label) {}
