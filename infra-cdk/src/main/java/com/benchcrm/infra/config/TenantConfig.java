package com.benchcrm.infra.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One tenant of the tenants file: its slug (the ingest address {@code <slug>@<ingestDomain>}, the
 * S3 prefix {@code raw/<slug>/}, the KMS alias, the row in the tenant table), display name, and the
 * partner webhooks the deployment keeps for it ({@link WebhookConfig}, none by default).
 */
public record TenantConfig(String slug, String name, List<WebhookConfig> webhooks) {

    @JsonCreator
    public TenantConfig(@JsonProperty(value = "slug", required = true) String slug,
                        @JsonProperty("name") String name,
                        @JsonProperty("webhooks") List<WebhookConfig> webhooks) {
        this.slug = slug;
        this.name = name == null || name.isBlank() ? slug : name.trim();
        this.webhooks = webhooks == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(webhooks));
    }

    /** A tenant without webhooks. */
    public TenantConfig(String slug, String name) {
        this(slug, name, null);
    }

    /** Every rule the tenant's webhooks break, each prefixed with {@code where} ({@code tenants[0]}). */
    List<String> webhookProblems(String where) {
        List<String> problems = new ArrayList<>();
        if (webhooks.size() > WebhookConfig.MAX_PER_TENANT) {
            problems.add(where + ".webhooks lists " + webhooks.size() + "; a tenant has at most "
                    + WebhookConfig.MAX_PER_TENANT + " webhooks");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < webhooks.size(); i++) {
            WebhookConfig w = webhooks.get(i);
            String at = where + ".webhooks[" + i + "]";
            if (w == null) {
                problems.add(at + " is empty");
                continue;
            }
            problems.addAll(w.problems(at));
            if (w.name() != null && !names.add(w.name())) {
                problems.add(at + ".name " + w.name() + " is listed twice for tenant " + slug);
            }
        }
        return problems;
    }
}
