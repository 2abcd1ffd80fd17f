package com.benchcrm.consultant;

import java.math.BigDecimal;

/** A skill as the consultant's profile states it; {@code primary} marks the ones to lead with. */
public record ConsultantSkill(String name, BigDecimal years, Boolean primary) {}
