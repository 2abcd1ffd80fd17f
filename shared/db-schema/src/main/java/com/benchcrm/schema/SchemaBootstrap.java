package com.benchcrm.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * Creates the roles and the database as an administrator, and sets the roles' passwords.
 * Idempotent: on a bootstrapped cluster it only refreshes role settings and passwords (which also
 * repairs a role whose secret was replaced).
 *
 * <p>Works for a superuser (the embedded stack) and for Aurora's master user, which is not one:
 * {@code CREATE DATABASE ... OWNER} and {@code CREATE SCHEMA ... AUTHORIZATION} then need the
 * administrator to be a member of the owner role, so it is granted that membership. Passwords are
 * set with client-side SCRAM-SHA-256 hashing: no clear password appears in a statement the server
 * could log.
 *
 * <pre>{@code
 * SchemaBootstrap.run("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", adminPassword, roles);
 * SchemaMigrator.migrate(ownerJdbcUrl, roles);
 * }</pre>
 */
public final class SchemaBootstrap {

    private SchemaBootstrap() {
    }

    /**
     * @param adminJdbcUrl a JDBC URL of the cluster's maintenance database ({@code postgres})
     */
    public static void run(String adminJdbcUrl, String adminUser, String adminPassword, DatabaseRoles roles) {
        try (Connection c = DriverManager.getConnection(adminJdbcUrl, adminUser, adminPassword);
             Statement st = c.createStatement()) {
            st.execute(render(resource("db/bootstrap/roles.sql"), roles));
            joinOwnerRoleUnlessSuperuser(st, roles.ownerRole());
            setPassword(c, roles.ownerRole(), roles.ownerPassword());
            setPassword(c, roles.appRole(), roles.appPassword());
            if (roles.relayLogin()) {
                setPassword(c, roles.relayRole(), roles.relayPassword());
            }
            if (!databaseExists(c, roles.database())) {
                st.execute("CREATE DATABASE " + roles.database() + " OWNER " + roles.ownerRole());
            }
            st.execute("REVOKE ALL ON DATABASE " + roles.database() + " FROM PUBLIC");
            st.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + roles.database() + " TO " + roles.appRole());
            st.execute("GRANT CONNECT ON DATABASE " + roles.database() + " TO " + roles.relayRole());
        } catch (SQLException e) {
            throw new IllegalStateException("bootstrapping database roles failed: " + e.getMessage(), e);
        }
        // The owner creates its schema in its own database; PUBLIC loses the public schema.
        String dbUrl = adminJdbcUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + roles.database() + "$1");
        try (Connection c = DriverManager.getConnection(dbUrl, adminUser, adminPassword);
             Statement st = c.createStatement()) {
            st.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
            st.execute("CREATE SCHEMA IF NOT EXISTS benchcrm AUTHORIZATION " + roles.ownerRole());
        } catch (SQLException e) {
            throw new IllegalStateException("creating the benchcrm schema failed: " + e.getMessage(), e);
        }
    }

    /**
     * A non-superuser administrator (Aurora's master) grants itself the owner role. Checking
     * membership first is not enough: since PostgreSQL 16 the creator of a role holds it with
     * ADMIN OPTION but without SET, which counts as membership yet does not allow
     * {@code CREATE DATABASE ... OWNER}. Granting again is harmless. Identifiers are safe here:
     * {@link DatabaseRoles} validated them.
     */
    private static void joinOwnerRoleUnlessSuperuser(Statement st, String owner) throws SQLException {
        boolean superuser;
        try (ResultSet rs = st.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            rs.next();
            superuser = rs.getBoolean(1);
        }
        if (!superuser) {
            st.execute("GRANT " + owner + " TO CURRENT_USER");
        }
    }

    private static void setPassword(Connection c, String role, String password) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("ALTER ROLE " + role + " WITH LOGIN");
        }
        c.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
    }

    private static boolean databaseExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static String render(String sql, DatabaseRoles roles) {
        return sql.replace("${owner_role}", roles.ownerRole()).replace("${app_role}", roles.appRole())
                .replace("${relay_role}", roles.relayRole());
    }

    static String resource(String path) {
        try (InputStream in = SchemaBootstrap.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
