package com.benchcrm.function.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.function.runtime.testing.ShadedJars;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The Lambda artifact of the three custom-resource entry points: plain {@code RequestHandler}s (no
 * Spring), with the PostgreSQL driver, since Flyway and the role bootstrap need a real connection,
 * but no pool and nothing else embedded-only; its classes link from the jar alone.
 */
class ShadedJarIT {

    static final Path JAR = ShadedJars.find("benchcrm-provisioning");

    @Test
    void shadedJar_carriesTheHandlersAndTheDriver_butNoPoolNoSpringAndNothingElseEmbeddedOnly() {
        ShadedJars.check(JAR)
                .carries(
                        "com/benchcrm/function/provisioning/DatabaseHandler.class",
                        "com/benchcrm/function/runtime/customresource/CustomResourceHandler.class",
                        "org/flywaydb/core/Flyway.class",
                        "org/postgresql/Driver.class")
                .nothingUnder("org/springframework/cloud/", "com/zaxxer/hikari/")
                .nothingEmbeddedOnly("org/postgresql/", "com/benchcrm/sql/jdbc/");
    }

    @Test
    void shadedJar_aloneOnAClassPath_linksTheHandlersAndAnUnpooledJdbcPort() throws Exception {
        try (URLClassLoader jarOnly =
                new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String handler : List.of(
                    DatabaseHandler.class.getName(),
                    TenantIndexHandler.class.getName(),
                    TenantRateLimitHandler.class.getName())) {
                assertThat(Class.forName(handler, true, jarOnly).getName()).isEqualTo(handler);
            }
            Object dataSource = Class.forName("org.postgresql.ds.PGSimpleDataSource", true, jarOnly)
                    .getConstructor()
                    .newInstance();
            Class<?> port = Class.forName("com.benchcrm.sql.jdbc.JdbcSqlPort", true, jarOnly);
            Object sql = port.getConstructor(jarOnly.loadClass(DataSource.class.getName()))
                    .newInstance(dataSource);
            assertThat(sql.getClass().getClassLoader()).isSameAs(jarOnly);
        }
    }
}
