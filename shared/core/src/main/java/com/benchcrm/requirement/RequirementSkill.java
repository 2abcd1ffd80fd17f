package com.benchcrm.requirement;

import java.math.BigDecimal;

/**
 * A skill a requirement asks for; {@code required = false} marks a nice-to-have.
 *
 * @param version the version asked for as written ("17" of "Java 17", "19c" of "Oracle 19c"), or null
 */
public record RequirementSkill(String name, Boolean required, BigDecimal minYears, String version) {

    public RequirementSkill(String name, Boolean required, BigDecimal minYears) {
        this(name, required, minYears, null);
    }
}
