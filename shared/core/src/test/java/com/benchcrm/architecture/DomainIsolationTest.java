package com.benchcrm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The architecture as a build-failing test: the domain (shared/core) knows nothing of AWS,
 * Spring, JDBC drivers or the web, so it runs the same behind every adapter.
 */
class DomainIsolationTest {

    static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.benchcrm");

    @Test
    void domain_importsNoAwsSdkOrLambdaTypes() {
        ArchRule rule = noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("software.amazon..", "com.amazonaws..")
                .because("the domain runs on every adapter; AWS lives in adapter modules");
        rule.check(DOMAIN);
    }

    @Test
    void domain_importsNoSpring() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .because("Spring hosts functions; it is not part of the domain")
                .check(DOMAIN);
    }

    @Test
    void domain_importsNoJdbcDriversHttpOrServlet() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.postgresql..", "com.zaxxer..", "java.sql..", "javax.sql..", "jakarta.servlet..",
                        "com.sun.net.httpserver..", "java.net.http..")
                .because("statements reach PostgreSQL only through the SQL port")
                .check(DOMAIN);
    }

    @Test
    void domain_knowsNothingOfTheSqlPortOrThePersistenceAdapter() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.benchcrm.sql..", "com.benchcrm.persistence.postgres..")
                .because("use cases take Transactions and repository ports; every statement is in benchcrm-persistence-postgres")
                .check(DOMAIN);
    }

    @Test
    void featurePackages_doNotDependOnEachOther() {
        noClasses().that().resideInAPackage("com.benchcrm.consultant..")
                .should().dependOnClassesThat().resideInAPackage("com.benchcrm.requirement..")
                .check(DOMAIN);
        noClasses().that().resideInAPackage("com.benchcrm.requirement..")
                .should().dependOnClassesThat().resideInAPackage("com.benchcrm.consultant..")
                .check(DOMAIN);
    }
}
