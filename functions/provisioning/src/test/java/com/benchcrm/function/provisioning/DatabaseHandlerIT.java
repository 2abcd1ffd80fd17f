package com.benchcrm.function.provisioning;

import com.benchcrm.function.runtime.customresource.CustomResourceHandler;
import com.benchcrm.function.runtime.customresource.ResponseUploader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.webhook.DestinationGuard;
import com.benchcrm.webhook.WebhookSignature;
import com.benchcrm.webhook.Webhooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The handler through its Lambda entry point, against a real PostgreSQL (embedded binaries) and a
 * local HTTP stub for CloudFormation's pre-signed response URL. Secrets come from an in-memory
 * {@link Secrets}. The cluster here has its own database and roles ({@code migrate_it*}), so the
 * bootstrap runs from scratch beside the other tests' schema.
 */
class DatabaseHandlerIT {

    private static final String MASTER_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:master";
    private static final String OWNER_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:owner";
    private static final String APP_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:app";
    private static final String RELAY_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:relay";
    private static final String DATABASE = "migrate_it";
    private static final String OWNER = "migrate_it_owner";
    private static final String APP = "migrate_it_app";
    private static final String RELAY = "migrate_it_relay";
    /** The webhook secret of the sample events, as the deployment generates it: 64 letters and digits. */
    private static final String WEBHOOK_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:TenantacmeWebhookatsSecret-AbCdEf";
    private static final String GENERATED = "Q2x3VnB4aDhLcE1uWjdSdDFZc0U5dkY0Ymc2SmtMMnBXcWVUc0F5dUhpT2xNbk8z";

    private static LocalPostgres pg;
    private static ResponseStub stub;
    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() {
        pg = TestDatabase.get();
        stub = new ResponseStub();
        // the embedded superuser stands in for Aurora's master user
        SECRETS.put(MASTER_ARN, "{\"username\":\"postgres\",\"password\":\"not-checked-on-loopback\",\"engine\":\"postgres\"}");
        SECRETS.put(OWNER_ARN, secret(OWNER, "OwnerPassword0123456789abcdef"));
        SECRETS.put(APP_ARN, secret(APP, "AppPassword0123456789abcdefgh"));
        SECRETS.put(RELAY_ARN, secret(RELAY, "RelayPassword0123456789abcdef"));
        SECRETS.put(WEBHOOK_ARN, GENERATED);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void schemaCreate_freshCluster_bootstrapsMigratesAndAnswersSuccess() throws SQLException {
        CloudFormationCustomResourceEvent event = SampleEvents.load("schema-create", stub.url());

        handler(pg.port()).handleRequest(event, null);

        ResponseStub.Received put = stub.next();
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.contentType()).as("the pre-signed URL is signed without a Content-Type").isNull();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().get("PhysicalResourceId").asText()).isEqualTo("benchcrm-schema");
        assertThat(put.body().get("StackId").asText()).isEqualTo(event.getStackId());
        assertThat(put.body().get("RequestId").asText()).isEqualTo(event.getRequestId());
        assertThat(put.body().get("LogicalResourceId").asText()).isEqualTo(event.getLogicalResourceId());
        assertThat(put.body().get("Data").get("SchemaVersion").asText()).isNotBlank();
        try (Connection c = superuser(DATABASE);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM benchcrm.flyway_schema_history WHERE success")) {
            rs.next();
            assertThat(rs.getInt(1)).isPositive();
        }
        assertThat(canLogin(OWNER)).isTrue();
        assertThat(canLogin(APP)).isTrue();
        assertThat(canLogin(RELAY)).as("the relay role and its login come from the relay secret").isTrue();
    }

    @Test
    void schemaUpdate_migratedCluster_runsNoMigrationAndKeepsThePhysicalId() {
        DatabaseHandler handler = handler(pg.port());
        handler.handleRequest(SampleEvents.load("schema-create", stub.url()), null);
        stub.next();

        handler.handleRequest(SampleEvents.load("schema-update", stub.url()), null);

        ResponseStub.Received put = stub.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().get("PhysicalResourceId").asText()).isEqualTo("benchcrm-schema");
        assertThat(put.body().get("Data").get("MigrationsExecuted").asText()).isEqualTo("0");
    }

    @Test
    void schemaUpdate_appSecretReplaced_setsTheNewPasswordOnTheRole() throws SQLException {
        DatabaseHandler handler = handler(pg.port());
        handler.handleRequest(SampleEvents.load("schema-create", stub.url()), null);
        stub.next();
        String before = passwordVerifier(APP);

        SECRETS.put(APP_ARN, secret(APP, "Replaced" + UUID.randomUUID().toString().replace("-", "")));
        handler.handleRequest(SampleEvents.load("schema-update", stub.url()), null);

        assertThat(stub.next().body().get("Status").asText()).isEqualTo("SUCCESS");
        String after = passwordVerifier(APP);
        assertThat(after).startsWith("SCRAM-SHA-256$").isNotEqualTo(before);
    }

    @Test
    void schemaDelete_anyCluster_answersSuccessAndKeepsTheData() throws SQLException {
        DatabaseHandler handler = handler(pg.port());
        handler.handleRequest(SampleEvents.load("schema-create", stub.url()), null);
        stub.next();

        handler.handleRequest(SampleEvents.load("schema-delete", stub.url()), null);

        ResponseStub.Received put = stub.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().get("PhysicalResourceId").asText()).isEqualTo("benchcrm-schema");
        try (Connection c = superuser(DATABASE);
             ResultSet rs = c.createStatement().executeQuery("SELECT to_regclass('benchcrm.tenant') IS NOT NULL")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
        }
    }

    @Test
    void tenantCreate_newSlug_insertsAnActiveRowAndReturnsItsId() throws SQLException {
        String slug = migratedAndFreshSlug();

        handler(pg.port()).handleRequest(SampleEvents.tenant("tenant-create", stub.url(), slug), null);

        ResponseStub.Received put = stub.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().get("PhysicalResourceId").asText()).isEqualTo("tenant:" + slug);
        assertThat(put.body().get("Data").get("TenantId").asText()).isEqualTo(tenantRow(slug).id());
        assertThat(tenantRow(slug).status()).isEqualTo("ACTIVE");
        assertThat(tenantRow(slug).name()).isEqualTo("Acme Staffing");
    }

    @Test
    void tenantUpdate_newName_renamesAndKeepsTheId() throws SQLException {
        String slug = migratedAndFreshSlug();
        DatabaseHandler handler = handler(pg.port());
        handler.handleRequest(SampleEvents.tenant("tenant-create", stub.url(), slug), null);
        String id = stub.next().body().get("Data").get("TenantId").asText();

        handler.handleRequest(SampleEvents.tenant("tenant-update", stub.url(), slug), null);

        ResponseStub.Received put = stub.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().get("Data").get("TenantId").asText()).isEqualTo(id);
        assertThat(tenantRow(slug).name()).isEqualTo("Acme Staffing Group");
    }

    @Test
    void tenantDelete_existingTenant_suspendsItAndKeepsTheRow() throws SQLException {
        String slug = migratedAndFreshSlug();
        DatabaseHandler handler = handler(pg.port());
        handler.handleRequest(SampleEvents.tenant("tenant-create", stub.url(), slug), null);
        String id = stub.next().body().get("Data").get("TenantId").asText();

        handler.handleRequest(SampleEvents.tenant("tenant-delete", stub.url(), slug), null);

        ResponseStub.Received put = stub.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().get("PhysicalResourceId").asText()).isEqualTo("tenant:" + slug);
        assertThat(tenantRow(slug)).isEqualTo(new TenantRow(id, "Acme Staffing", "SUSPENDED"));
    }

    @Test
    void tenantCreate_suspendedTenant_reactivatesWithTheSameId() throws SQLException {
        String slug = migratedAndFreshSlug();
        DatabaseHandler handler = handler(pg.port());
        handler.handleRequest(SampleEvents.tenant("tenant-create", stub.url(), slug), null);
        String id = stub.next().body().get("Data").get("TenantId").asText();
        handler.handleRequest(SampleEvents.tenant("tenant-delete", stub.url(), slug), null);
        stub.next();

        handler.handleRequest(SampleEvents.tenant("tenant-create", stub.url(), slug), null);

        assertThat(stub.next().body().get("Data").get("TenantId").asText()).isEqualTo(id);
        assertThat(tenantRow(slug).status()).isEqualTo("ACTIVE");
    }

    @Test
    void tenantCreate_databaseUnreachable_answersFailedWithAFailedPhysicalId() {
        handler(closedPort()).handleRequest(SampleEvents.tenant("tenant-create", stub.url(), "unreachable"), null);

        ResponseStub.Received put = stub.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("FAILED");
        assertThat(put.body().get("PhysicalResourceId").asText()).startsWith(CustomResourceHandler.FAILED_PREFIX);
        assertThat(put.body().get("Reason").asText()).contains("tenant update failed")
                .doesNotContain("OwnerPassword", "AppPassword");
    }

    @Test
    void delete_afterAFailedCreate_answersSuccessWithoutReachingTheDatabase() {
        CloudFormationCustomResourceEvent event = SampleEvents.tenant("tenant-delete", stub.url(), "never-created");
        event.setPhysicalResourceId(CustomResourceHandler.FAILED_PREFIX + "2f6a5d1e");

        handler(closedPort()).handleRequest(event, null);

        ResponseStub.Received put = stub.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().get("PhysicalResourceId").asText()).isEqualTo(CustomResourceHandler.FAILED_PREFIX + "2f6a5d1e");
    }

    @Test
    void schemaCreate_secretUnreadable_answersFailedWithoutTheSecret() {
        Secrets broken = id -> {
            throw new SecretUnavailableException("cannot read secret " + id + ": AccessDenied");
        };
        DatabaseHandler handler = new DatabaseHandler(config(pg.port()), broken, ResponseUploader.create());

        handler.handleRequest(SampleEvents.load("schema-create", stub.url()), null);

        ResponseStub.Received put = stub.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("FAILED");
        assertThat(put.body().get("Reason").asText()).contains("AccessDenied");
    }

    @Test
    void create_unknownResourceType_answersFailed() {
        CloudFormationCustomResourceEvent event = SampleEvents.load("schema-create", stub.url());
        event.setResourceType("Custom::Other");

        handler(pg.port()).handleRequest(event, null);

        ResponseStub.Received put = stub.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("FAILED");
        assertThat(put.body().get("Reason").asText()).contains("unknown resource type Custom::Other");
    }

    @Test
    void handle_responseUrlRefusesThePut_throwsSoLambdaRetries() {
        stub.answer(403);
        try {
            CloudFormationCustomResourceEvent event = SampleEvents.load("schema-delete", stub.url());
            assertThatThrownBy(() -> handler(pg.port()).handleRequest(event, null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("403");
            stub.next();
        } finally {
            stub.answer(200);
        }
    }

    @Test
    void tenantWebhookCreate_declaredWebhook_insertsTheSubscriptionWithItsUrlTypesAndSecret() throws SQLException {
        String tenant = migratedTenant();

        handler(pg.port()).handleRequest(webhookEvent("tenant-webhook-create", tenant), null);

        ResponseStub.Received put = stub.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        String subscription = put.body().get("Data").get("SubscriptionId").asText();
        assertThat(put.body().get("PhysicalResourceId").asText()).isEqualTo("webhook:" + tenant + ":" + subscription);
        assertThat(put.body().toString()).as("the secret never goes back to CloudFormation").doesNotContain(GENERATED);
        assertThat(subscriptionRow(tenant, subscription)).isEqualTo(new SubscriptionRow("https://hooks.partner.example/benchcrm",
                List.of("RequirementImported", "RecommendationsReady"), "whsec_" + GENERATED, Webhooks.DEPLOYMENT_ACTOR,
                "tenants file: ats"));
        assertThat(count("select count(*) from benchcrm.audit_log where tenant_id = '" + tenant + "' and entity_id = '"
                + subscription + "' and action = 'webhook.created'")).isEqualTo(1);
    }

    @Test
    void tenantWebhookCreate_repeated_changesNothing() throws SQLException {
        String tenant = migratedTenant();
        DatabaseHandler handler = handler(pg.port());
        handler.handleRequest(webhookEvent("tenant-webhook-create", tenant), null);
        String first = stub.next().body().get("PhysicalResourceId").asText();

        handler.handleRequest(webhookEvent("tenant-webhook-create", tenant), null);

        assertThat(stub.next().body().get("PhysicalResourceId").asText()).isEqualTo(first);
        assertThat(count("select count(*) from benchcrm.webhook_subscription where tenant_id = '" + tenant + "'")).isEqualTo(1);
    }

    @Test
    void tenantWebhookUpdate_newUrlTypesAndRotatedSecret_replacesThemInPlaceKeepingDeliveries() throws SQLException {
        String tenant = migratedTenant();
        DatabaseHandler handler = handler(pg.port());
        handler.handleRequest(webhookEvent("tenant-webhook-create", tenant), null);
        String subscription = stub.next().body().get("Data").get("SubscriptionId").asText();
        insertDelivery(tenant, subscription);
        String rotated = WebhookSignature.newSecret(); // an operator may store a whole whsec_ secret
        SECRETS.put(WEBHOOK_ARN, rotated);
        try {
            handler.handleRequest(webhookEvent("tenant-webhook-update", tenant), null);
        } finally {
            SECRETS.put(WEBHOOK_ARN, GENERATED);
        }

        ResponseStub.Received put = stub.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().get("PhysicalResourceId").asText()).isEqualTo("webhook:" + tenant + ":" + subscription);
        assertThat(subscriptionRow(tenant, subscription)).isEqualTo(new SubscriptionRow("https://hooks.partner.example/benchcrm/v2",
                List.of("RequirementImported", "SubmissionStatusChanged"), rotated, Webhooks.DEPLOYMENT_ACTOR, "tenants file: ats"));
        assertThat(count("select count(*) from benchcrm.webhook_delivery where tenant_id = '" + tenant + "'")).isEqualTo(1);
    }

    @Test
    void tenantWebhookDelete_existingSubscription_deletesItWithItsDeliveries() throws SQLException {
        String tenant = migratedTenant();
        DatabaseHandler handler = handler(pg.port());
        handler.handleRequest(webhookEvent("tenant-webhook-create", tenant), null);
        String subscription = stub.next().body().get("Data").get("SubscriptionId").asText();
        insertDelivery(tenant, subscription);

        handler.handleRequest(webhookEvent("tenant-webhook-delete", tenant), null);

        ResponseStub.Received put = stub.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(count("select count(*) from benchcrm.webhook_subscription where tenant_id = '" + tenant + "'")).isZero();
        // ON DELETE CASCADE (V2): the delivery log goes with the subscription, as with DELETE /v1/webhooks/{id}
        assertThat(count("select count(*) from benchcrm.webhook_delivery where tenant_id = '" + tenant + "'")).isZero();

        handler.handleRequest(webhookEvent("tenant-webhook-delete", tenant), null);
        assertThat(stub.next().body().get("Status").asText()).as("a repeated Delete").isEqualTo("SUCCESS");
    }

    @Test
    void tenantWebhookCreate_privateUrl_answersFailedWithTheReasonAndCreatesNothing() throws SQLException {
        String tenant = migratedTenant();
        CloudFormationCustomResourceEvent event = webhookEvent("tenant-webhook-create", tenant);
        event.getResourceProperties().put("Url", "https://10.0.0.5/hook");

        handler(pg.port()).handleRequest(event, null);

        ResponseStub.Received put = stub.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("FAILED");
        assertThat(put.body().get("PhysicalResourceId").asText()).startsWith(CustomResourceHandler.FAILED_PREFIX);
        assertThat(put.body().get("Reason").asText())
                .contains("webhook ats of tenant " + tenant + " is refused: /url the host 10.0.0.5 resolves to a private address")
                .doesNotContain(GENERATED);
        assertThat(count("select count(*) from benchcrm.webhook_subscription where tenant_id = '" + tenant + "'")).isZero();
    }

    @Test
    void tenantWebhookCreate_secretUnusable_answersFailedWithoutTheSecret() {
        String tenant = migratedTenant();
        SECRETS.put(WEBHOOK_ARN, "short");
        try {
            handler(pg.port()).handleRequest(webhookEvent("tenant-webhook-create", tenant), null);
        } finally {
            SECRETS.put(WEBHOOK_ARN, GENERATED);
        }

        JsonNode body = stub.next().body();
        assertThat(body.get("Status").asText()).isEqualTo("FAILED");
        assertThat(body.get("Reason").asText()).contains("signing secret is not usable").doesNotContain("short");
    }

    // --- helpers ---

    private record SubscriptionRow(String url, List<String> eventTypes, String secret, String createdBy, String description) {
    }

    /** A migrated schema and a fresh tenant; its id. */
    private String migratedTenant() {
        String slug = migratedAndFreshSlug();
        handler(pg.port()).handleRequest(SampleEvents.tenant("tenant-create", stub.url(), slug), null);
        return stub.next().body().get("Data").get("TenantId").asText();
    }

    private CloudFormationCustomResourceEvent webhookEvent(String name, String tenant) {
        CloudFormationCustomResourceEvent event = SampleEvents.load(name, stub.url());
        event.getResourceProperties().put("TenantId", tenant);
        if (event.getPhysicalResourceId() != null) {
            event.setPhysicalResourceId("webhook:" + tenant + ":" + Webhooks.declaredId(
                    TenantId.parse(tenant), "ats"));
        }
        return event;
    }

    /** The row, its secret opened with the keyring the handler sealed it with (the plain column must be empty). */
    private static SubscriptionRow subscriptionRow(String tenant, String id) throws SQLException {
        try (Connection c = superuser(DATABASE);
             PreparedStatement ps = c.prepareStatement("SELECT url, array_to_string(event_types, ','), secret, created_by, description,"
                     + " secret_sealed FROM benchcrm.webhook_subscription WHERE tenant_id = ?::uuid AND id = ?::uuid")) {
            ps.setString(1, tenant);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("subscription " + id).isTrue();
                assertThat(rs.getString(3)).as("no plain secret is stored").isNull();
                return new SubscriptionRow(rs.getString(1), List.of(rs.getString(2).split(",")), open(tenant, id, rs.getString(6)),
                        rs.getString(4), rs.getString(5));
            }
        }
    }

    private static String open(String tenant, String subscription, String sealed) {
        return new com.benchcrm.secrets.SecretSealer(com.benchcrm.secrets.FileKeyring.open(java.nio.file.Path.of(
                "target/provisioning-it-secrets.keyring"))).open(new com.benchcrm.tenancy.TenantId(UUID.fromString(tenant)),
                "webhook-subscription:" + subscription, sealed);
    }

    @Test
    void tenantUpdate_withSettingsOfTheTenantsFile_storesThem_andSealsPlainWebhookSecrets() throws SQLException {
        String tenant = migratedTenant();
        String slug = tenantSlug(tenant);
        DatabaseHandler handler = handler(pg.port());
        handler.handleRequest(webhookEvent("tenant-webhook-create", tenant), null);
        String subscription = stub.next().body().get("Data").get("SubscriptionId").asText();
        String plain = WebhookSignature.newSecret();
        try (Connection c = superuser(DATABASE); Statement st = c.createStatement()) {
            // the row as a deployment before envelope encryption left it
            st.execute("UPDATE benchcrm.webhook_subscription SET secret = '" + plain + "', secret_sealed = NULL WHERE id = '"
                    + subscription + "'");
        }

        handler.handleRequest(SampleEvents.tenant("tenant-update-settings", stub.url(), slug), null);

        assertThat(stub.next().body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(subscriptionRow(tenant, subscription).secret()).as("sealed in place, opens to the same secret").isEqualTo(plain);
        try (Connection c = superuser(DATABASE); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT status, settings->'retention'->>'webhookDays', settings->'mail'->>'rejectDmarcFail'"
                     + " FROM benchcrm.tenant WHERE id = '" + tenant + "'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ACTIVE");
            assertThat(rs.getString(2)).isEqualTo("14");
            assertThat(rs.getString(3)).isEqualTo("false");
        }
        handler.handleRequest(SampleEvents.tenant("tenant-update-suspended", stub.url(), slug), null);
        assertThat(stub.next().body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(count("SELECT count(*) FROM benchcrm.tenant WHERE id = '" + tenant + "' AND status = 'SUSPENDED'")).isEqualTo(1);
    }

    @Test
    void tenantUpdate_settingsBreakingTheRetentionFloors_isAnsweredFailedWithTheRules() {
        String slug = migratedAndFreshSlug();
        CloudFormationCustomResourceEvent event = SampleEvents.tenant("tenant-update-settings", stub.url(), slug);
        event.getResourceProperties().put("Settings", "{\"retention\":{\"processedEventDays\":2}}");

        handler(pg.port()).handleRequest(event, null);

        ResponseStub.Received put = stub.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("FAILED");
        assertThat(put.body().get("Reason").asText()).contains("processedEventDays must be at least 15 days");
    }

    private static String tenantSlug(String tenant) throws SQLException {
        try (Connection c = superuser(DATABASE); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT slug FROM benchcrm.tenant WHERE id = '" + tenant + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void insertDelivery(String tenant, String subscription) throws SQLException {
        try (Connection c = superuser(DATABASE);
             PreparedStatement ps = c.prepareStatement("INSERT INTO benchcrm.webhook_delivery (tenant_id, id, subscription_id,"
                     + " event_id, event_type, body, status, created_at) VALUES (?::uuid, gen_random_uuid(), ?::uuid,"
                     + " gen_random_uuid(), 'RequirementImported', '{}', 'PENDING', now())")) {
            ps.setString(1, tenant);
            ps.setString(2, subscription);
            ps.executeUpdate();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = superuser(DATABASE); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Public-only, as in AWS, with the partner's host resolved without DNS (the build has no internet). */
    private static DestinationGuard guard() {
        return new DestinationGuard(false, host -> "hooks.partner.example".equals(host)
                ? new InetAddress[] {InetAddress.getByName("93.184.216.34")}
                : new InetAddress[] {InetAddress.getByName(host)}); // literal addresses only
    }

    private record TenantRow(String id, String name, String status) {
    }

    private static DatabaseHandler handler(int port) {
        return new DatabaseHandler(config(port), id -> {
            String v = SECRETS.get(id);
            if (v == null) {
                throw new SecretUnavailableException("no secret " + id);
            }
            return v;
        }, ResponseUploader.create(), guard());
    }

    private static DatabaseConfig config(int port) {
        Map<String, String> env = Map.of(
                "BENCHCRM_DB_HOST", "127.0.0.1",
                "BENCHCRM_DB_PORT", Integer.toString(port),
                "BENCHCRM_DB_NAME", DATABASE,
                "BENCHCRM_DB_MASTER_SECRET_ARN", MASTER_ARN,
                "BENCHCRM_DB_OWNER_SECRET_ARN", OWNER_ARN,
                "BENCHCRM_DB_APP_SECRET_ARN", APP_ARN,
                "BENCHCRM_DB_RELAY_SECRET_ARN", RELAY_ARN,
                // webhook secrets sealed with a keyring file here (KMS in AWS: KmsDataKeysIT)
                "BENCHCRM_SECRET_KEYS", "file",
                "BENCHCRM_SECRET_KEYRING", "target/provisioning-it-secrets.keyring",
                "BENCHCRM_DB_SSL_MODE", "disable");
        return DatabaseConfig.from(env::get);
    }

    private static String secret(String user, String password) {
        return "{\"username\":\"" + user + "\",\"password\":\"" + password + "\",\"engine\":\"postgres\"}";
    }

    private String migratedAndFreshSlug() {
        handler(pg.port()).handleRequest(SampleEvents.load("schema-create", stub.url()), null);
        assertThat(stub.next().body().get("Status").asText()).isEqualTo("SUCCESS");
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pg.port() + "/" + database, "postgres", "");
    }

    private static boolean canLogin(String role) throws SQLException {
        try (Connection c = superuser("postgres");
             PreparedStatement ps = c.prepareStatement("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static String passwordVerifier(String role) throws SQLException {
        try (Connection c = superuser("postgres");
             PreparedStatement ps = c.prepareStatement("SELECT rolpassword FROM pg_authid WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static TenantRow tenantRow(String slug) throws SQLException {
        try (Connection c = superuser(DATABASE);
             PreparedStatement ps = c.prepareStatement("SELECT id, name, status FROM benchcrm.tenant WHERE slug = ?")) {
            ps.setString(1, slug);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("tenant row " + slug).isTrue();
                return new TenantRow(rs.getString(1), rs.getString(2), rs.getString(3));
            }
        }
    }

    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
