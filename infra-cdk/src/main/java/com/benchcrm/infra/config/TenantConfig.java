package com.benchcrm.infra.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One tenant of the tenants file: its slug (the ingest address {@code <slug>@<ingestDomain>}, the
 * S3 prefix {@code raw/<slug>/}, the KMS alias, the row in the tenant table) and display name.
 */
public record TenantConfig(String slug, String name) {

    @JsonCreator
    public TenantConfig(@JsonProperty(value = "slug", required = true) String slug,
                        @JsonProperty("name") String name) {
        this.slug = slug;
        this.name = name == null || name.isBlank() ? slug : name.trim();
    }
}
