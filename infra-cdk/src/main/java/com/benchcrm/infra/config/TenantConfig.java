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
 * S3 prefix {@code raw/<slug>/}, the KMS alias, the row in the tenant table), display name, the
 * partner webhooks the deployment keeps for it ({@link WebhookConfig}, none by default), its own
 * API rate limit ({@link Api}; absent: the deployment's {@code api.rateLimit} and {@code api.burstLimit}),
 * and its single sign-on provider ({@link SsoConfig}; needs the deployment's {@code console}).
 *
 * <pre>{@code
 * { "slug": "globex", "name": "Globex Talent", "api": { "rateLimit": 20, "burstLimit": 40 } }
 * }</pre>
 */
public record TenantConfig(String slug, String name, List<WebhookConfig> webhooks, Api api, SsoConfig sso) {

    /**
     * A tenant's own API rate limit (ADR 0035), enforced by the HTTP API function per tenant; either
     * number may be left out. Positive whole numbers, burst at least the rate.
     *
     * @param rateLimit  steady requests per second; absent: the deployment's {@code api.rateLimit}
     * @param burstLimit requests admitted at once; absent: the deployment's {@code api.burstLimit},
     *                   at least this tenant's rate
     */
    public record Api(Integer rateLimit, Integer burstLimit) {
        public static final Api NONE = new Api(null, null);

        @JsonCreator
        public Api(@JsonProperty("rateLimit") Integer rateLimit, @JsonProperty("burstLimit") Integer burstLimit) {
            this.rateLimit = rateLimit;
            this.burstLimit = burstLimit;
        }
    }

    /** The limit a tenant's requests get: its own numbers, the deployment's where it has none. */
    public record RateLimit(int rate, int burst) {
    }

    @JsonCreator
    public TenantConfig(@JsonProperty(value = "slug", required = true) String slug,
                        @JsonProperty("name") String name,
                        @JsonProperty("webhooks") List<WebhookConfig> webhooks,
                        @JsonProperty("api") Api api,
                        @JsonProperty("sso") SsoConfig sso) {
        this.slug = slug;
        this.name = name == null || name.isBlank() ? slug : name.trim();
        this.webhooks = webhooks == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(webhooks));
        this.api = api == null ? Api.NONE : api;
        this.sso = sso;
    }

    /** A tenant without single sign-on. */
    public TenantConfig(String slug, String name, List<WebhookConfig> webhooks, Api api) {
        this(slug, name, webhooks, api, null);
    }

    /** A tenant with webhooks and the deployment's rate limit. */
    public TenantConfig(String slug, String name, List<WebhookConfig> webhooks) {
        this(slug, name, webhooks, null);
    }

    /** A tenant without webhooks. */
    public TenantConfig(String slug, String name) {
        this(slug, name, null, null);
    }

    /**
     * The tenant's effective API rate limit: its {@code api.rateLimit} or the deployment's; its
     * {@code api.burstLimit} or the deployment's burst, raised to the rate.
     */
    public RateLimit rateLimit(DeploymentConfig.Api deployment) {
        int rate = api.rateLimit() != null ? api.rateLimit() : deployment.rateLimit();
        int burst = api.burstLimit() != null ? api.burstLimit() : Math.max(rate, deployment.burstLimit());
        return new RateLimit(rate, burst);
    }

    /** Every rule the tenant's own rate limit breaks, each prefixed with {@code where} ({@code tenants[0]}). */
    List<String> rateLimitProblems(String where, DeploymentConfig.Api deployment) {
        List<String> problems = new ArrayList<>();
        if (api.rateLimit() != null && api.rateLimit() < 1) {
            problems.add(where + ".api.rateLimit must be a positive whole number of requests per second, not " + api.rateLimit());
        }
        if (api.burstLimit() != null && api.burstLimit() < 1) {
            problems.add(where + ".api.burstLimit must be a positive whole number of requests, not " + api.burstLimit());
        }
        if (problems.isEmpty()) {
            RateLimit limit = rateLimit(deployment);
            if (limit.burst() < limit.rate()) {
                problems.add(where + ".api.burstLimit (" + limit.burst() + (api.burstLimit() == null ? ", the deployment's" : "")
                        + ") must be at least its rateLimit (" + limit.rate() + (api.rateLimit() == null ? ", the deployment's" : "")
                        + ")");
            }
        }
        return problems;
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
