package com.benchcrm.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.benchcrm.localdb.LocalPostgres;
import com.benchcrm.localdb.TestDatabase;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
class MigrateHandlerIT {

    private static final String MASTER_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:master";
    private static final String OWNER_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:owner";
    private static final String APP_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:app";
    private static final String DATABASE = "migrate_it";
    private static final String OWNER = "migrate_it_owner";
    private static final String APP = "migrate_it_app";

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
    }

    @Test
    void schemaUpdate_migratedCluster_runsNoMigrationAndKeepsThePhysicalId() {
        MigrateHandler handler = handler(pg.port());
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
        MigrateHandler handler = handler(pg.port());
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
        MigrateHandler handler = handler(pg.port());
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
        MigrateHandler handler = handler(pg.port());
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
        MigrateHandler handler = handler(pg.port());
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
        MigrateHandler handler = handler(pg.port());
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
        assertThat(put.body().get("PhysicalResourceId").asText()).startsWith(MigrateHandler.FAILED_PREFIX);
        assertThat(put.body().get("Reason").asText()).contains("tenant update failed")
                .doesNotContain("OwnerPassword", "AppPassword");
    }

    @Test
    void delete_afterAFailedCreate_answersSuccessWithoutReachingTheDatabase() {
        CloudFormationCustomResourceEvent event = SampleEvents.tenant("tenant-delete", stub.url(), "never-created");
        event.setPhysicalResourceId(MigrateHandler.FAILED_PREFIX + "2f6a5d1e");

        handler(closedPort()).handleRequest(event, null);

        ResponseStub.Received put = stub.next();
        assertThat(put.body().get("Status").asText()).isEqualTo("SUCCESS");
        assertThat(put.body().get("PhysicalResourceId").asText()).isEqualTo(MigrateHandler.FAILED_PREFIX + "2f6a5d1e");
    }

    @Test
    void schemaCreate_secretUnreadable_answersFailedWithoutTheSecret() {
        Secrets broken = id -> {
            throw new SecretUnavailableException("cannot read secret " + id + ": AccessDenied");
        };
        MigrateHandler handler = new MigrateHandler(config(pg.port()), broken, ResponseUploader.create());

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

    // --- helpers ---

    private record TenantRow(String id, String name, String status) {
    }

    private static MigrateHandler handler(int port) {
        return new MigrateHandler(config(port), id -> {
            String v = SECRETS.get(id);
            if (v == null) {
                throw new SecretUnavailableException("no secret " + id);
            }
            return v;
        }, ResponseUploader.create());
    }

    private static MigrateConfig config(int port) {
        Map<String, String> env = Map.of(
                "BENCHCRM_DB_HOST", "127.0.0.1",
                "BENCHCRM_DB_PORT", Integer.toString(port),
                "BENCHCRM_DB_NAME", DATABASE,
                "BENCHCRM_DB_MASTER_SECRET_ARN", MASTER_ARN,
                "BENCHCRM_DB_OWNER_SECRET_ARN", OWNER_ARN,
                "BENCHCRM_DB_APP_SECRET_ARN", APP_ARN,
                "BENCHCRM_DB_SSL_MODE", "disable");
        return MigrateConfig.from(env::get);
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
