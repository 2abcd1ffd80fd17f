package com.benchcrm.sql;

import java.util.Objects;

/** A parameter bound as {@code jsonb}. */
public record SqlJson(String json) {

    public SqlJson {
        Objects.requireNonNull(json, "json");
    }
}
