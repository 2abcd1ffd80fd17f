package com.benchcrm.extraction;

import com.benchcrm.common.WorkAuthorization;
import java.math.BigDecimal;
import java.util.List;

/** What a resume states: who, titles, skills (with years where stated), experience, location, work authorization. */
public record ResumeExtraction(
        Sourced<String> fullName,
        Sourced<String> email,
        Sourced<String> phone,
        List<Sourced<String>> titles,
        List<ExtractedSkill> skills,
        Sourced<BigDecimal> yearsExperience,
        ExtractedLocation location,
        Sourced<WorkAuthorization> workAuthorization,
        Sourced<String> summary,
        String engine,
        String model,
        String taxonomyVersion,
        TokenUsage usage,
        List<String> notes) {

    public ResumeExtraction {
        titles = titles == null ? List.of() : List.copyOf(titles);
        skills = skills == null ? List.of() : List.copyOf(skills);
        notes = notes == null ? List.of() : List.copyOf(notes);
        usage = usage == null ? TokenUsage.NONE : usage;
    }
}
