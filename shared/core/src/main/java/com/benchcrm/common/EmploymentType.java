package com.benchcrm.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a consultant is engaged: corp-to-corp, W2, 1099, or a permanent hire. */
public enum EmploymentType {
    C2C,
    W2,
    @JsonProperty("1099")
    C1099,
    FULL_TIME;

    /** The wire and database spelling ({@code 1099} for {@link #C1099}). */
    public String code() {
        return this == C1099 ? "1099" : name();
    }

    public static EmploymentType fromCode(String code) {
        return "1099".equals(code) ? C1099 : valueOf(code);
    }
}
