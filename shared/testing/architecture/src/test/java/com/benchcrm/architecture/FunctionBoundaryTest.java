package com.benchcrm.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

/**
 * The functions' boundaries as build-failing rules (ADR 0045, 0048), over every module's main
 * classes (moved with it from the embedded stack; {@link ModuleBoundariesTest} checks the same by module):
 *
 * <ul>
 *   <li>a function uses no other function: each is its own artifact, sharing only the core, the
 *       adapters and the runtime module ({@code com.benchcrm.function.runtime});</li>
 *   <li>a function never names the embedded-only adapters (the JDBC transport, the driver, the pool,
 *       Lucene, ONNX, embedded PostgreSQL, ElasticMQ, the local runtime): its Lambda jar does not
 *       carry them and the embedded stack supplies them by configuration. Provisioning alone keeps the
 *       JDBC transport and the driver (Flyway and the role bootstrap need a real connection).</li>
 * </ul>
 */
class FunctionBoundaryTest {

    static final String[] EMBEDDED_ONLY = {
        "com.zaxxer.hikari..",
        "org.apache.lucene..",
        "ai.onnxruntime..",
        "ai.djl..",
        "io.zonky..",
        "org.elasticmq..",
        "com.benchcrm.local..",
        "com.benchcrm.vector.lucene..",
        "com.benchcrm.embedding.onnx.."
    };

    @Test
    void functions_doNotUseEachOther() {
        slices().matching("com.benchcrm.function.(*)..")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("com.benchcrm.function.runtime.."))
                .because(
                        "each function is its own artifact; what two share belongs in core, an adapter or the runtime module")
                .check(PersistenceBoundaryTest.ALL);
    }

    @Test
    void functions_nameNoEmbeddedOnlyAdapter() {
        noClasses()
                .that()
                .resideInAPackage("com.benchcrm.function..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(EMBEDDED_ONLY)
                .because("Lambda jars carry only what runs in AWS (ADR 0045)")
                .check(PersistenceBoundaryTest.ALL);
    }

    @Test
    void onlyProvisioning_usesTheJdbcTransportOrTheDriver() {
        noClasses()
                .that()
                .resideInAPackage("com.benchcrm.function..")
                .and()
                .resideOutsideOfPackage("com.benchcrm.function.provisioning..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.benchcrm.sql.jdbc..", "org.postgresql..")
                .because(
                        "functions reach PostgreSQL through the SQL port chosen by BENCHCRM_SQL_MODE (rdsdata in Lambda)")
                .check(PersistenceBoundaryTest.ALL);
    }
}
