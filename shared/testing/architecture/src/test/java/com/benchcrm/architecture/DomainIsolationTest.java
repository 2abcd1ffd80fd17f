package com.benchcrm.architecture;

import static com.benchcrm.architecture.Modules.inModulesOfKind;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.benchcrm.architecture.Modules.Kind;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The domain (shared/core) knows nothing of AWS, Spring, JDBC drivers or the web, so it runs the
 * same behind every adapter; nor of any adapter, function, local-runtime or tool module. (Moved here
 * from shared/core, where it saw only the core's class path.)
 */
class DomainIsolationTest {

    static final JavaClasses DOMAIN = Modules.ALL.that(inModulesOfKind(Kind.CORE));

    @Test
    void domain_importsNoAwsSdkOrLambdaTypes() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("software.amazon..", "com.amazonaws..")
                .because("the domain runs on every adapter; AWS lives in adapter modules")
                .check(DOMAIN);
    }

    @Test
    void domain_importsNoSpring() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..")
                .because("Spring hosts functions; it is not part of the domain")
                .check(DOMAIN);
    }

    @Test
    void domain_importsNoJdbcDriversHttpOrServlet() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.postgresql..",
                        "com.zaxxer..",
                        "java.sql..",
                        "javax.sql..",
                        "jakarta.servlet..",
                        "com.sun.net.httpserver..",
                        "java.net.http..")
                .because("statements reach PostgreSQL only through the SQL port")
                .check(DOMAIN);
    }

    @Test
    void domain_knowsNothingOfTheSqlPortOrThePersistenceAdapter() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.benchcrm.sql..", "com.benchcrm.persistence.postgres..")
                .because(
                        "use cases take Transactions and repository ports; every statement is in benchcrm-persistence-postgres")
                .check(DOMAIN);
    }

    @Test
    void domain_dependsOnNoAdapterFunctionLocalRuntimeOrToolModule() {
        noClasses()
                .should()
                .dependOnClassesThat(inModulesOfKind(
                        Kind.ADAPTER, Kind.FUNCTION, Kind.LOCAL, Kind.TOOL, Kind.TESTING, Kind.INFRA, Kind.SCHEMA))
                .because(
                        "the hexagon points inwards: adapters, functions and the local runtime depend on the core, never back")
                .check(DOMAIN);
    }

    @Test
    void featurePackages_doNotDependOnEachOther() {
        noClasses()
                .that()
                .resideInAPackage("com.benchcrm.consultant..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.benchcrm.requirement..")
                .check(DOMAIN);
        noClasses()
                .that()
                .resideInAPackage("com.benchcrm.requirement..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.benchcrm.consultant..")
                .check(DOMAIN);
    }
}
