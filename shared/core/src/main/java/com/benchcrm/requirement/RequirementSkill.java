package com.benchcrm.requirement;

import java.math.BigDecimal;

/** A skill a requirement asks for; {@code required = false} marks a nice-to-have. */
public record RequirementSkill(String name, Boolean required, BigDecimal minYears) {
}
