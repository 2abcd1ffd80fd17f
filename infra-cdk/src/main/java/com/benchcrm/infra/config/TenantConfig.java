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
 * <p>Also the tenant's data {@code retention} (days; idempotency keys in hours) and {@code mail}
 * verdict policy, kept on its tenant row and read by the functions ({@code com.benchcrm.tenancy.TenantPolicy});
 * and {@code suspended}: the tenant's users and mail are refused, its data kept.
 *
 * <pre>{@code
 * { "slug": "globex", "name": "Globex Talent", "api": { "rateLimit": 20, "burstLimit": 40 },
 *   "retention": { "webhookDays": 14, "idempotencyHours": 24 }, "mail": { "rejectSpam": true }, "suspended": false }
 * }</pre>
 */
public record TenantConfig(
        String slug,
        String name,
        List<WebhookConfig> webhooks,
        Api api,
        SsoConfig sso,
        com.fasterxml.jackson.databind.JsonNode retention,
        com.fasterxml.jackson.databind.JsonNode mail,
        boolean suspended,
        ModelTraining modelTraining,
        Marketing marketing) {

    /**
     * The tenant's outbound marketing mail in SES (ADRs 0099, 0100); absent: the tenant has no configuration set,
     * no sending identity and no right to send (approved mail stays queued and reaches the send queue's DLQ).
     *
     * <pre>{@code
     * "marketing": { "sendingDomain": "mail.acme-staffing.example", "fromAddress": "bench@mail.acme-staffing.example",
     *                "dailySendCap": 2000 }
     * }</pre>
     *
     * @param sendingDomain the domain SES sends from: the deployment creates its identity (Easy DKIM, 2048-bit: the
     *     tenant publishes the three CNAME records SES shows) and the tenant's configuration set
     * @param fromAddress   when given, the only From address the sender may use for this tenant (the IAM condition
     *     {@code ses:FromAddress}); absent, any address at the sending domain. Must be at the sending domain
     * @param dailySendCap  the ceiling of the tenant's daily send cap: the tenant setting ({@code PUT
     *     /v1/marketing/settings}) cannot raise its cap above it (0-100000; absent: no ceiling)
     */
    public record Marketing(String sendingDomain, String fromAddress, Integer dailySendCap) {

        private static final java.util.regex.Pattern DOMAIN =
                java.util.regex.Pattern.compile("^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
        private static final java.util.regex.Pattern LOCAL_PART =
                java.util.regex.Pattern.compile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$");

        @JsonCreator
        public Marketing(
                @JsonProperty("sendingDomain") String sendingDomain,
                @JsonProperty("fromAddress") String fromAddress,
                @JsonProperty("dailySendCap") Integer dailySendCap) {
            this.sendingDomain = sendingDomain == null ? null : sendingDomain.strip();
            this.fromAddress = fromAddress == null || fromAddress.isBlank() ? null : fromAddress.strip();
            this.dailySendCap = dailySendCap;
        }

        /** Every rule the tenant's marketing block breaks, each prefixed with {@code where} ({@code tenants[0]}). */
        List<String> problems(String where) {
            List<String> problems = new ArrayList<>();
            if (sendingDomain == null || !DOMAIN.matcher(sendingDomain).matches()) {
                problems.add(where + ".marketing.sendingDomain must be a lower-case DNS name such as "
                        + "mail.acme-staffing.example, not " + sendingDomain);
            }
            if (fromAddress != null) {
                int at = fromAddress.lastIndexOf('@');
                if (at < 1 || !LOCAL_PART.matcher(fromAddress.substring(0, at)).matches()) {
                    problems.add(where + ".marketing.fromAddress must be an e-mail address, not " + fromAddress);
                } else if (sendingDomain != null
                        && !fromAddress.substring(at + 1).equalsIgnoreCase(sendingDomain)) {
                    problems.add(where + ".marketing.fromAddress " + fromAddress + " must be at the sendingDomain "
                            + sendingDomain + " (SES sends only from the verified identity)");
                }
            }
            if (dailySendCap != null && (dailySendCap < 0 || dailySendCap > 100_000)) {
                problems.add(where + ".marketing.dailySendCap must be 0-100000 mails a day, not " + dailySendCap);
            }
            return problems;
        }
    }

    /**
     * When the tenant's success model is retrained (ADR 0077): an EventBridge Scheduler expression ({@code cron(...)}
     * or {@code rate(...)}, UTC), weekly by default ({@value #DEFAULT_SCHEDULE}: Sundays 03:00 UTC); {@code enabled:
     * false} keeps the schedule but disabled (the registry and the active model stay).
     *
     * <pre>{@code
     * "modelTraining": { "schedule": "cron(0 4 ? * MON *)", "enabled": true }
     * }</pre>
     */
    public record ModelTraining(String schedule, boolean enabled) {
        public static final String DEFAULT_SCHEDULE = "cron(0 3 ? * SUN *)";
        public static final ModelTraining DEFAULT = new ModelTraining(DEFAULT_SCHEDULE, true);

        @JsonCreator
        public ModelTraining(@JsonProperty("schedule") String schedule, @JsonProperty("enabled") Boolean enabled) {
            this(
                    schedule == null || schedule.isBlank() ? DEFAULT_SCHEDULE : schedule.strip(),
                    enabled == null || enabled);
        }

        public ModelTraining(String schedule, boolean enabled) {
            this.schedule = schedule;
            this.enabled = enabled;
        }

        List<String> problems(String where) {
            if (!schedule.matches("(cron|rate)\\([^()]+\\)")) {
                return List.of(where + ".modelTraining.schedule must be an EventBridge Scheduler expression such as "
                        + DEFAULT_SCHEDULE + " or rate(7 days), not " + schedule);
            }
            return List.of();
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper SETTINGS_JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

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
    public record RateLimit(int rate, int burst) {}

    @JsonCreator
    public TenantConfig(
            @JsonProperty(value = "slug", required = true) String slug,
            @JsonProperty("name") String name,
            @JsonProperty("webhooks") List<WebhookConfig> webhooks,
            @JsonProperty("api") Api api,
            @JsonProperty("sso") SsoConfig sso,
            @JsonProperty("retention") com.fasterxml.jackson.databind.JsonNode retention,
            @JsonProperty("mail") com.fasterxml.jackson.databind.JsonNode mail,
            @JsonProperty("suspended") Boolean suspended,
            @JsonProperty("modelTraining") ModelTraining modelTraining,
            @JsonProperty("marketing") Marketing marketing) {
        this(
                slug,
                name == null || name.isBlank() ? slug : name.trim(),
                webhooks == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(webhooks)),
                api == null ? Api.NONE : api,
                sso,
                retention,
                mail,
                suspended != null && suspended,
                modelTraining == null ? ModelTraining.DEFAULT : modelTraining,
                marketing);
    }

    /** A tenant with the weekly model training. */
    public TenantConfig(
            String slug,
            String name,
            List<WebhookConfig> webhooks,
            Api api,
            SsoConfig sso,
            com.fasterxml.jackson.databind.JsonNode retention,
            com.fasterxml.jackson.databind.JsonNode mail,
            Boolean suspended) {
        this(slug, name, webhooks, api, sso, retention, mail, suspended, null, null);
    }

    public TenantConfig(
            String slug,
            String name,
            List<WebhookConfig> webhooks,
            Api api,
            SsoConfig sso,
            com.fasterxml.jackson.databind.JsonNode retention,
            com.fasterxml.jackson.databind.JsonNode mail,
            boolean suspended,
            ModelTraining modelTraining,
            Marketing marketing) {
        this.modelTraining = modelTraining;
        this.marketing = marketing;
        this.slug = slug;
        this.name = name;
        this.webhooks = webhooks;
        this.api = api;
        this.sso = sso;
        this.retention = retention;
        this.mail = mail;
        this.suspended = suspended;
    }

    /** A tenant without single sign-on, with the default retention and mail policy. */
    public TenantConfig(String slug, String name, List<WebhookConfig> webhooks, Api api) {
        this(slug, name, webhooks, api, null, null, null, (Boolean) null);
    }

    /** A tenant with single sign-on, the default retention and mail policy. */
    public TenantConfig(String slug, String name, List<WebhookConfig> webhooks, Api api, SsoConfig sso) {
        this(slug, name, webhooks, api, sso, null, null, (Boolean) null);
    }

    /**
     * The settings the tenant row keeps (the provisioning function stores them): {@code retention} and
     * {@code mail} as the file gives them, and {@code marketing.dailySendCap} (the ceiling of the tenant's daily send
     * cap, ADR 0100), as one JSON object.
     */
    public String settingsJson() {
        com.fasterxml.jackson.databind.node.ObjectNode o = SETTINGS_JSON.createObjectNode();
        if (retention != null && !retention.isNull()) {
            o.set("retention", retention);
        }
        if (mail != null && !mail.isNull()) {
            o.set("mail", mail);
        }
        if (marketing != null && marketing.dailySendCap() != null) {
            // the ceiling of the tenant's own daily send cap (ADR 0100), read by the marketing settings repository
            o.putObject("marketing").put("dailySendCap", marketing.dailySendCap());
        }
        return o.toString();
    }

    /** Every rule the tenant's model training schedule breaks. */
    List<String> modelTrainingProblems(String where) {
        return modelTraining.problems(where);
    }

    /** Every rule the tenant's retention and mail settings break (the core's own validation), prefixed with {@code where}. */
    List<String> settingsProblems(String where) {
        try {
            com.benchcrm.tenancy.TenantPolicy.parseSettings(settingsJson());
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(where + ": " + e.getMessage());
        }
    }

    /** A tenant with webhooks and the deployment's rate limit. */
    public TenantConfig(String slug, String name, List<WebhookConfig> webhooks) {
        this(slug, name, webhooks, null, null, null, null, (Boolean) null);
    }

    /** A tenant without webhooks. */
    public TenantConfig(String slug, String name) {
        this(slug, name, null, null, null, null, null, (Boolean) null);
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
            problems.add(where + ".api.rateLimit must be a positive whole number of requests per second, not "
                    + api.rateLimit());
        }
        if (api.burstLimit() != null && api.burstLimit() < 1) {
            problems.add(
                    where + ".api.burstLimit must be a positive whole number of requests, not " + api.burstLimit());
        }
        if (problems.isEmpty()) {
            RateLimit limit = rateLimit(deployment);
            if (limit.burst() < limit.rate()) {
                problems.add(where + ".api.burstLimit (" + limit.burst()
                        + (api.burstLimit() == null ? ", the deployment's" : "")
                        + ") must be at least its rateLimit (" + limit.rate()
                        + (api.rateLimit() == null ? ", the deployment's" : "")
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
