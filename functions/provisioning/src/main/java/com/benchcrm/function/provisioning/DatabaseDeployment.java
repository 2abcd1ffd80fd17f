package com.benchcrm.function.provisioning;

import com.benchcrm.schema.DatabaseRoles;
import com.benchcrm.schema.SchemaBootstrap;
import com.benchcrm.schema.SchemaMigrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The database work of a deployment: prepare the schema (roles, database, migrations) and keep the
 * tenant rows in step with the tenants file. Every operation is idempotent, so CloudFormation may
 * repeat it (updates, retries, rollbacks) without harm.
 *
 * <pre>{@code
 * DatabaseDeployment db = new DatabaseDeployment(config, secrets);
 * db.prepareSchema();
 * UUID acme = db.ensureTenant("acme", "Acme Staffing");
 * }</pre>
 */
public final class DatabaseDeployment {

    /** What {@link #prepareSchema()} did. */
    public record SchemaResult(int migrationsExecuted, String schemaVersion) {
    }

    private final DatabaseConfig config;
    private final Secrets secrets;

    public DatabaseDeployment(DatabaseConfig config, Secrets secrets) {
        this.config = config;
        this.secrets = secrets;
    }

    /**
     * Creates the owner, application and relay roles and the database if missing, sets the three
     * roles' passwords to the current values of their secrets, and applies the pending migrations as the
     * owner. The role passwords come from Secrets Manager (generated there, never seen by a person);
     * setting them on every run also repairs a role whose secret was replaced.
     */
    public SchemaResult prepareSchema() {
        DatabaseCredentials master = credentials(config.masterSecretArn());
        DatabaseRoles roles = roles();
        SchemaBootstrap.run(config.jdbcUrl("postgres"), master.username(), master.password(), roles);
        MigrateResult result = SchemaMigrator.migrate(config.jdbcUrl(config.database()), roles);
        return new SchemaResult(result.migrationsExecuted, result.targetSchemaVersion == null
                ? String.valueOf(result.initialSchemaVersion) : result.targetSchemaVersion);
    }

    /**
     * Makes the tenant exist and be active under this name ({@code benchcrm.ensure_tenant}, callable
     * by the owner only). A tenant that was removed from the file and comes back is reactivated
     * with its data.
     *
     * @return the tenant's id
     */
    public UUID ensureTenant(String slug, String name) {
        return ensureTenant(slug, name, "{}", false);
    }

    /**
     * As {@link #ensureTenant(String, String)}, with the tenants file's settings (retention, mail
     * policy; JSON, validated by the caller) and, when {@code suspended}, status SUSPENDED instead.
     */
    public UUID ensureTenant(String slug, String name, String settingsJson, boolean suspended) {
        return asOwner(c -> {
            UUID id;
            try (PreparedStatement ps = c.prepareStatement("SELECT benchcrm.ensure_tenant(?, ?)")) {
                ps.setString(1, slug);
                ps.setString(2, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getObject(1, UUID.class);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE benchcrm.tenant SET name = coalesce(?, slug), status = ?, settings = ?::jsonb WHERE slug = ?")) {
                ps.setString(1, name);
                ps.setString(2, suspended ? "SUSPENDED" : "ACTIVE");
                ps.setString(3, settingsJson);
                ps.setString(4, slug);
                ps.executeUpdate();
            }
            return id;
        });
    }

    /**
     * Marks the tenant {@code SUSPENDED}: it can no longer sign in (resolve_tenant ignores it), and
     * its rows stay (data is retained by policy; deleting a tenant's data is a separate, deliberate
     * operation). Suspending an unknown tenant does nothing.
     */
    public void suspendTenant(String slug) {
        asOwner(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE benchcrm.tenant SET status = 'SUSPENDED' WHERE slug = ?")) {
                ps.setString(1, slug);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private DatabaseRoles roles() {
        DatabaseCredentials owner = credentials(config.ownerSecretArn());
        DatabaseCredentials app = credentials(config.appSecretArn());
        DatabaseCredentials relay = credentials(config.relaySecretArn());
        try {
            return new DatabaseRoles(config.database(), owner.username(), owner.password(), app.username(), app.password(),
                    relay.username(), relay.password());
        } catch (IllegalArgumentException e) {
            // the message names the rule, never the password
            throw new DatabaseDeploymentException("the role secrets do not fit the schema's rules: " + e.getMessage(), e);
        }
    }

    private DatabaseCredentials credentials(String secretArn) {
        return DatabaseCredentials.parse(secrets.secretString(secretArn));
    }

    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T asOwner(SqlWork<T> work) {
        DatabaseCredentials owner = credentials(config.ownerSecretArn());
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(config.database()), owner.username(), owner.password())) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseDeploymentException("tenant update failed: " + e.getMessage(), e);
        }
    }
}
