package com.benchcrm.tenancy;

import java.util.Objects;
import java.util.UUID;

/** The identifier of a tenant; every tenant-owned row carries it. */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    public static TenantId parse(String text) {
        return new TenantId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
