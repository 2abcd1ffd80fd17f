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

/**
 * Creates the roles and the database, once per cluster, as an administrator. Idempotent: running
 * it against a bootstrapped cluster changes nothing but role settings.
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
            if (!databaseExists(c, roles.database())) {
                st.execute("CREATE DATABASE " + roles.database() + " OWNER " + roles.ownerRole());
            }
            st.execute("REVOKE ALL ON DATABASE " + roles.database() + " FROM PUBLIC");
            st.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + roles.database() + " TO " + roles.appRole());
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

    private static boolean databaseExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static String render(String sql, DatabaseRoles roles) {
        return sql.replace("${owner_role}", roles.ownerRole())
                .replace("${owner_password}", roles.ownerPassword())
                .replace("${app_role}", roles.appRole())
                .replace("${app_password}", roles.appPassword());
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
