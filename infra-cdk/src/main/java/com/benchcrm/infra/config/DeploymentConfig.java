package com.benchcrm.infra.config;

import com.benchcrm.tenancy.TenantSlug;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A deployment of BenchCRM: what the CDK app builds, read from a tenants file such as
 * {@code infra-cdk/tenants/example.json}.
 *
 * <pre>{@code
 * DeploymentConfig config = DeploymentConfig.load(Path.of("infra-cdk/tenants/example.json"));
 * }</pre>
 *
 * @param deployment   prefix of stack and resource names ({@code benchcrm-dev}); lower case, 3-20 characters
 * @param ingestDomain the SES receiving domain; tenant {@code acme} receives at {@code acme@<ingestDomain>}
 * @param protect      stack termination protection and Aurora deletion protection
 * @param auth         the JWT issuer that API Gateway and the function trust
 * @param api          HTTP API throttling and the function's concurrency
 * @param database     Aurora Serverless v2 capacity and backups
 * @param search       the OpenSearch Serverless vector collection and the embedding model
 * @param tenants      the tenants, in file order (adding one at the end touches no other tenant)
 * @param alarms       where alarms go: an optional e-mail subscription of the encrypted alarm topic
 * @param rawMail      the raw-mail bucket's lifecycle: Glacier Instant Retrieval after, expiry after (days)
 * @param console      the web console's Cognito sign-in and CloudFront hosting; null when the file has none
 *                     (then {@code auth} names the issuer the API trusts)
 */
public record DeploymentConfig(
        String deployment,
        String ingestDomain,
        boolean protect,
        Auth auth,
        Api api,
        Database database,
        Search search,
        List<TenantConfig> tenants,
        ConsoleConfig console,
        Alarms alarms,
        RawMail rawMail) {

    /** A deployment without the console (its API trusts {@code auth}), alarm e-mail, or raw-mail lifecycle settings. */
    public DeploymentConfig(
            String deployment,
            String ingestDomain,
            boolean protect,
            Auth auth,
            Api api,
            Database database,
            Search search,
            List<TenantConfig> tenants) {
        this(
                deployment,
                ingestDomain,
                protect,
                auth,
                api,
                database,
                search,
                tenants,
                null,
                Alarms.NONE,
                RawMail.DEFAULTS);
    }

    /** A deployment with the console (or null), without alarm e-mail, with the default raw-mail lifecycle. */
    public DeploymentConfig(
            String deployment,
            String ingestDomain,
            boolean protect,
            Auth auth,
            Api api,
            Database database,
            Search search,
            List<TenantConfig> tenants,
            ConsoleConfig console) {
        this(
                deployment,
                ingestDomain,
                protect,
                auth,
                api,
                database,
                search,
                tenants,
                console,
                Alarms.NONE,
                RawMail.DEFAULTS);
    }

    /** Whether the deployment has the console (and its Cognito user pool). */
    public boolean hasConsole() {
        return console != null;
    }

    /**
     * The alarm topic's optional e-mail subscription ({@code "alarms": {"email": "ops@example.com"}});
     * without one, subscribe to the topic (its ARN is a stack output) as operations prefer.
     */
    public record Alarms(String email) {
        public static final Alarms NONE = new Alarms(null);

        @JsonCreator
        public Alarms(@JsonProperty("email") String email) {
            this.email = email == null || email.isBlank() ? null : email.trim();
        }
    }

    /**
     * The raw-mail bucket's lifecycle ({@code "rawMail": {"glacierAfterDays": 90, "expireAfterDays": 2555}}):
     * raw messages move to Glacier Instant Retrieval after {@code glacierAfterDays} and are deleted
     * after {@code expireAfterDays} (0: never). The product never deletes raw mail itself.
     */
    public record RawMail(int glacierAfterDays, int expireAfterDays) {
        public static final RawMail DEFAULTS = new RawMail(90, 2555);

        @JsonCreator
        public RawMail(
                @JsonProperty("glacierAfterDays") Integer glacierAfterDays,
                @JsonProperty("expireAfterDays") Integer expireAfterDays) {
            this(
                    glacierAfterDays == null ? DEFAULTS.glacierAfterDays() : glacierAfterDays.intValue(),
                    expireAfterDays == null ? DEFAULTS.expireAfterDays() : expireAfterDays.intValue());
        }

        public RawMail(int glacierAfterDays, int expireAfterDays) {
            this.glacierAfterDays = glacierAfterDays;
            this.expireAfterDays = expireAfterDays;
        }
    }

    private static final Pattern DEPLOYMENT = Pattern.compile("^[a-z][a-z0-9-]{1,18}[a-z0-9]$");
    private static final Pattern DOMAIN =
            Pattern.compile("^(?=.{1,200}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$");
    /** SES receipt rule names are at most 64 characters: {@code <deployment>-tenant-<slug>}. */
    private static final int MAX_RULE_NAME = 64;

    /** The token issuer: API Gateway's JWT authorizer and the function check the same values. */
    public record Auth(String issuer, String audience, String jwksUrl) {
        @JsonCreator
        public Auth(
                @JsonProperty(value = "issuer", required = true) String issuer,
                @JsonProperty(value = "audience", required = true) String audience,
                @JsonProperty(value = "jwksUrl", required = true) String jwksUrl) {
            this.issuer = issuer;
            this.audience = audience;
            this.jwksUrl = jwksUrl;
        }
    }

    /**
     * @param rateLimit           steady requests per second for the whole stage (HTTP APIs have no per-tenant throttling)
     * @param burstLimit          burst for the whole stage
     * @param publicRateLimit     requests per second for each public route ({@code /health}, {@code /openapi.yaml})
     * @param reservedConcurrency the HTTP API function's reserved concurrency; 0 for none
     */
    public record Api(int rateLimit, int burstLimit, int publicRateLimit, int reservedConcurrency) {
        public static final Api DEFAULTS = new Api(100, 200, 10, 0);

        @JsonCreator
        public Api(
                @JsonProperty("rateLimit") Integer rateLimit,
                @JsonProperty("burstLimit") Integer burstLimit,
                @JsonProperty("publicRateLimit") Integer publicRateLimit,
                @JsonProperty("reservedConcurrency") Integer reservedConcurrency) {
            this(
                    rateLimit == null ? 100 : rateLimit,
                    burstLimit == null ? 200 : burstLimit,
                    publicRateLimit == null ? 10 : publicRateLimit,
                    reservedConcurrency == null ? 0 : reservedConcurrency);
        }
    }

    /**
     * @param minCapacity   Aurora capacity units at rest (0 pauses the cluster when idle)
     * @param maxCapacity   the ceiling
     * @param readers       serverless v2 readers beside the writer (1 for a second AZ)
     * @param backupDays    automated backup retention
     */
    public record Database(double minCapacity, double maxCapacity, int readers, int backupDays) {
        public static final Database DEFAULTS = new Database(0.5, 4.0, 0, 14);

        @JsonCreator
        public Database(
                @JsonProperty("minCapacity") Double minCapacity,
                @JsonProperty("maxCapacity") Double maxCapacity,
                @JsonProperty("readers") Integer readers,
                @JsonProperty("backupDays") Integer backupDays) {
            this(
                    minCapacity == null ? 0.5 : minCapacity,
                    maxCapacity == null ? 4.0 : maxCapacity,
                    readers == null ? 0 : readers,
                    backupDays == null ? 14 : backupDays);
        }
    }

    /**
     * The vector collection and the embedding model the embed, match and HTTP API functions use.
     *
     * @param standbyReplicas     OpenSearch Serverless standby replicas (on for production)
     * @param embeddingModelId    the Bedrock model; Titan Text Embeddings v2 is the one adapter
     * @param embeddingDimensions Titan v2: 256, 512 or 1024. Changing it (or the model) starts a new
     *                            index per tenant beside the old one: every text must be embedded again
     */
    public record Search(boolean standbyReplicas, String embeddingModelId, int embeddingDimensions) {
        public static final String TITAN_V2 = "amazon.titan-embed-text-v2:0";
        public static final Set<Integer> TITAN_V2_DIMENSIONS = Set.of(256, 512, 1024);
        public static final Search DEFAULTS = new Search(false, TITAN_V2, 1024);

        @JsonCreator
        public Search(
                @JsonProperty("standbyReplicas") Boolean standbyReplicas,
                @JsonProperty("embeddingModelId") String embeddingModelId,
                @JsonProperty("embeddingDimensions") Integer embeddingDimensions) {
            this(
                    standbyReplicas != null && standbyReplicas,
                    embeddingModelId == null ? TITAN_V2 : embeddingModelId,
                    embeddingDimensions == null ? 1024 : embeddingDimensions);
        }
    }

    @JsonCreator
    static DeploymentConfig fromJson(
            @JsonProperty(value = "deployment", required = true) String deployment,
            @JsonProperty(value = "ingestDomain", required = true) String ingestDomain,
            @JsonProperty("protect") Boolean protect,
            @JsonProperty("auth") Auth auth,
            @JsonProperty("api") Api api,
            @JsonProperty("database") Database database,
            @JsonProperty("search") Search search,
            @JsonProperty(value = "tenants", required = true) List<TenantConfig> tenants,
            @JsonProperty("console") ConsoleConfig console,
            @JsonProperty("alarms") Alarms alarms,
            @JsonProperty("rawMail") RawMail rawMail) {
        return new DeploymentConfig(
                deployment,
                ingestDomain,
                protect == null || protect,
                auth,
                api == null ? Api.DEFAULTS : api,
                database == null ? Database.DEFAULTS : database,
                search == null ? Search.DEFAULTS : search,
                tenants == null ? List.of() : List.copyOf(tenants),
                console,
                alarms == null ? Alarms.NONE : alarms,
                rawMail == null ? RawMail.DEFAULTS : rawMail);
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // whole numbers stay whole: "rateLimit": 1.5 is an error, not 1
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    /** Reads and validates a tenants file. */
    public static DeploymentConfig load(Path file) {
        DeploymentConfig config;
        try {
            config = JSON.readValue(Files.readAllBytes(file), DeploymentConfig.class);
        } catch (IOException e) {
            throw new InvalidConfigException(file + ": " + e.getMessage());
        }
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(file + ": " + String.join("; ", problems));
        }
        return config;
    }

    /** Every rule the file breaks; empty when it is valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (deployment == null || !DEPLOYMENT.matcher(deployment).matches()) {
            problems.add("deployment must be 3-20 lower-case letters, digits or dashes, starting with a letter: "
                    + deployment);
        }
        if (ingestDomain == null || !DOMAIN.matcher(ingestDomain).matches()) {
            problems.add("ingestDomain must be a lower-case DNS name: " + ingestDomain);
        }
        if (console != null) {
            problems.addAll(console.problems());
            if (auth != null) {
                problems.add(
                        "auth and console both name an issuer: with console the API trusts the console's Cognito user pool; "
                                + "remove auth");
            }
        } else if (auth == null) {
            problems.add("auth is required (or console, whose Cognito user pool the API then trusts)");
        } else {
            https("auth.issuer", auth.issuer(), problems);
            https("auth.jwksUrl", auth.jwksUrl(), problems);
            if (auth.audience() == null || auth.audience().isBlank()) {
                problems.add("auth.audience is required");
            }
        }
        if (api.rateLimit() < 1 || api.burstLimit() < 1 || api.publicRateLimit() < 1) {
            problems.add("api.rateLimit, api.burstLimit and api.publicRateLimit must be positive");
        }
        if (api.reservedConcurrency() < 0) {
            problems.add("api.reservedConcurrency must be 0 (none) or positive");
        }
        if (database.minCapacity() < 0
                || database.maxCapacity() < 1
                || database.maxCapacity() > 256
                || database.minCapacity() > database.maxCapacity()
                || database.minCapacity() * 2 != Math.floor(database.minCapacity() * 2)
                || database.maxCapacity() * 2 != Math.floor(database.maxCapacity() * 2)) {
            problems.add(
                    "database capacity: 0 <= minCapacity <= maxCapacity <= 256, maxCapacity >= 1, in steps of 0.5");
        }
        if (database.readers() < 0 || database.readers() > 15) {
            problems.add("database.readers must be 0-15");
        }
        if (database.backupDays() < 1 || database.backupDays() > 35) {
            problems.add("database.backupDays must be 1-35");
        }
        if (!Search.TITAN_V2.equals(search.embeddingModelId())) {
            problems.add("search.embeddingModelId must be " + Search.TITAN_V2
                    + " (the one Bedrock embedding adapter), not " + search.embeddingModelId());
        }
        if (!Search.TITAN_V2_DIMENSIONS.contains(search.embeddingDimensions())) {
            problems.add("search.embeddingDimensions must be 256, 512 or 1024 (Titan Text Embeddings v2), not "
                    + search.embeddingDimensions());
        }
        if (alarms.email() != null && !alarms.email().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            problems.add("alarms.email must be an e-mail address: " + alarms.email());
        }
        if (rawMail.glacierAfterDays() < 1) {
            problems.add("rawMail.glacierAfterDays must be at least 1");
        }
        if (rawMail.expireAfterDays() != 0 && rawMail.expireAfterDays() <= rawMail.glacierAfterDays() + 90) {
            problems.add("rawMail.expireAfterDays must be 0 (never) or more than glacierAfterDays + 90 (Glacier Instant"
                    + " Retrieval's minimum storage duration)");
        }
        if (tenants.isEmpty()) {
            problems.add("tenants must list at least one tenant");
        }
        Set<String> seen = new HashSet<>();
        Set<String> ssoNames = new HashSet<>();
        Set<String> sendingDomains = new HashSet<>();
        for (int i = 0; i < tenants.size(); i++) {
            TenantConfig t = tenants.get(i);
            String where = "tenants[" + i + "]";
            try {
                new TenantSlug(t.slug());
            } catch (IllegalArgumentException e) {
                problems.add(where + ".slug: " + e.getMessage());
                continue;
            }
            if (!seen.add(t.slug())) {
                problems.add(where + ".slug " + t.slug() + " is listed twice");
            }
            if (deployment != null && ruleName(t.slug()).length() > MAX_RULE_NAME) {
                problems.add(where + ".slug " + t.slug() + " is too long for an SES receipt rule name ("
                        + ruleName(t.slug()) + " exceeds " + MAX_RULE_NAME + " characters)");
            }
            if (t.name().length() > 200) {
                problems.add(where + ".name is longer than 200 characters");
            }
            problems.addAll(t.webhookProblems(where));
            problems.addAll(t.settingsProblems(where));
            problems.addAll(t.modelTrainingProblems(where));
            if (t.marketing() != null) {
                problems.addAll(t.marketing().problems(where));
                String domain = t.marketing().sendingDomain();
                if (domain != null && domain.equals(ingestDomain)) {
                    problems.add(where + ".marketing.sendingDomain must not be the ingestDomain " + ingestDomain
                            + " (it receives the tenants' mail; send from a domain of the tenant's own)");
                } else if (domain != null && !sendingDomains.add(domain)) {
                    problems.add(where + ".marketing.sendingDomain " + domain + " is used by another tenant");
                }
            }
            if (t.sso() != null) {
                if (console == null) {
                    problems.add(where
                            + ".sso needs the deployment's console (its Cognito user pool federates the provider)");
                }
                problems.addAll(t.sso().problems(where + ".sso"));
                if (t.sso().name() != null && !ssoNames.add(t.sso().name())) {
                    problems.add(where + ".sso.name " + t.sso().name() + " is used by another tenant");
                }
            }
            problems.addAll(t.rateLimitProblems(where, api));
        }
        return problems;
    }

    /**
     * What the outreach sender puts before a tenant's slug to name its SES configuration set
     * ({@code BENCHCRM_SES_CONFIGURATION_SET_PREFIX}, read by {@code OutreachSenderComponents}).
     */
    public String configurationSetPrefix() {
        return deployment + "-";
    }

    /** The SES configuration set of a tenant with {@code marketing}: the sender's prefix and the slug. */
    public String configurationSetName(String slug) {
        return configurationSetPrefix() + slug;
    }

    /** The SES receipt rule of a tenant. */
    public String ruleName(String slug) {
        return deployment + "-tenant-" + slug;
    }

    /** The tenant's ingest address. */
    public String ingestAddress(String slug) {
        return slug + "@" + ingestDomain;
    }

    private static void https(String field, String value, List<String> problems) {
        try {
            URI u = URI.create(Objects.requireNonNull(value));
            if (!"https".equals(u.getScheme()) || u.getHost() == null) {
                problems.add(field + " must be an https URL: " + value);
            }
        } catch (RuntimeException e) {
            problems.add(field + " must be an https URL: " + value);
        }
    }
}
