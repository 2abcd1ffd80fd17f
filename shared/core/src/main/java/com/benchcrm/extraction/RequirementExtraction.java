package com.benchcrm.extraction;

import java.util.List;

/**
 * What an extractor found in one text: zero or more requirements (a vendor hot list holds several).
 *
 * @param engine          {@code rules} (deterministic) or {@code bedrock}
 * @param model           the model id for an AI engine, else null
 * @param taxonomyVersion the skill taxonomy the skills were normalized with
 * @param notes           fallbacks, repairs, rejections ("bedrock output rejected: ...; rules used")
 */
public record RequirementExtraction(
        List<ExtractedRequirement> requirements,
        String engine,
        String model,
        String taxonomyVersion,
        TokenUsage usage,
        List<String> notes) {

    public RequirementExtraction {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        notes = notes == null ? List.of() : List.copyOf(notes);
        usage = usage == null ? TokenUsage.NONE : usage;
    }

    public RequirementExtraction withNotes(List<String> more) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new RequirementExtraction(requirements, engine, model, taxonomyVersion, usage, all);
    }
}
