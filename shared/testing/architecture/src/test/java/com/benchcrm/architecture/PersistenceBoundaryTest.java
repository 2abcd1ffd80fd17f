package com.benchcrm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.SqlSession;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Persistence as a build-failing rule (ADR 0040, 0041): only the PostgreSQL persistence module and
 * the SQL transports run SQL. Every other class (use cases, functions, handlers, the local runtime)
 * reaches the database through the core's {@code Transactions} and repository ports. A composition
 * root may build a transport and hand its {@code SqlPort} to {@code PostgresPersistence.over}; it
 * may not open a transaction on it or touch a session, row or parameter.
 *
 * <p>The benchmarks ({@code com.benchcrm.bench}) are exempt: they time and explain statements.
 * (Moved here from the embedded stack's tests: this module sees every module's main classes.)
 */
class PersistenceBoundaryTest {

    static final JavaClasses ALL = Modules.ALL;

    static final String[] MAY_RUN_SQL = {
        "com.benchcrm.persistence.postgres..", "com.benchcrm.sql..", "com.benchcrm.bench.."
    };

    static final Set<String> STATEMENT_METHODS = Set.of("inTenant", "withoutTenant", "query", "queryOne", "update");

    static final DescribedPredicate<JavaMethodCall> RUNS_SQL =
            new DescribedPredicate<>("a transaction or statement of the SQL port") {
                @Override
                public boolean test(JavaMethodCall call) {
                    boolean port = call.getTargetOwner().isAssignableTo(SqlPort.class)
                            || call.getTargetOwner().isAssignableTo(SqlSession.class);
                    return port && STATEMENT_METHODS.contains(call.getName());
                }
            };

    @Test
    void onlyThePersistenceModuleAndTheTransports_runSql() {
        noClasses()
                .that()
                .resideOutsideOfPackages(MAY_RUN_SQL)
                .should()
                .callMethodWhere(RUNS_SQL)
                .because(
                        "statements live in benchcrm-persistence-postgres; use cases take Transactions and repository ports")
                .check(ALL);
    }

    @Test
    void onlyThePersistenceModuleAndTheTransports_useSessionsRowsOrParameters() {
        noClasses()
                .that()
                .resideOutsideOfPackages(MAY_RUN_SQL)
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.benchcrm.sql.SqlSession")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.benchcrm.sql.Row")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.benchcrm.sql.SqlParams")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.benchcrm.sql.SqlJson")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.benchcrm.sql.SqlWork")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.benchcrm.sql.NamedSql")
                .check(ALL);
    }

    @Test
    void theRules_seeEveryModule_andWouldCatchAStatement() {
        assertThat(ALL.containPackage("com.benchcrm.function.httpapi")).isTrue();
        assertThat(ALL.containPackage("com.benchcrm.function.provisioning")).isTrue();
        assertThat(ALL.containPackage("com.benchcrm.local.stack")).isTrue();
        assertThat(ALL.containPackage("com.benchcrm.ingest")).isTrue();
        // the persistence module itself runs statements: the same predicate must flag it
        assertThat(noClasses()
                        .that()
                        .resideInAPackage("com.benchcrm.persistence.postgres..")
                        .should()
                        .callMethodWhere(RUNS_SQL)
                        .evaluate(ALL)
                        .hasViolation())
                .isTrue();
    }
}
