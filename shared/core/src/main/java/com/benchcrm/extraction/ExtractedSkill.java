package com.benchcrm.extraction;

import java.math.BigDecimal;

/**
 * A skill a requirement asks for or a resume states.
 *
 * @param name     the canonical name of the taxonomy ({@code Kubernetes}), or the text as written when unknown
 * @param skillId  the taxonomy id ({@code kubernetes}), or null when the skill is not in the taxonomy
 * @param required false for nice-to-have (resumes: always true)
 * @param years    years asked for or stated with this skill, or null
 * @param version  the version written with it ({@code 8} of "Java 8", {@code 3.x} of "Python 3.x"), or null
 * @param source   where it was named
 */
public record ExtractedSkill(
        String name, String skillId, boolean required, BigDecimal years, String version, String source) {

    public ExtractedSkill {
        source = source != null && source.length() > Sourced.MAX_SOURCE
                ? source.substring(0, Sourced.MAX_SOURCE)
                : source;
        version = version == null || version.isBlank()
                ? null
                : version.length() > 40 ? version.substring(0, 40) : version.strip();
    }

    /** The same skill without a version. */
    public ExtractedSkill(String name, String skillId, boolean required, BigDecimal years, String source) {
        this(name, skillId, required, years, null, source);
    }
}
