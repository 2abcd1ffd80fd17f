package com.benchcrm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every production package says what is nullable (ADR 0049): its {@code package-info.java} carries
 * JSpecify's {@code @NullMarked}, so a type without {@code @Nullable} is non-null there. Generated
 * code (JMH's {@code jmh_generated}) is exempt.
 */
class NullMarkedPackagesTest {

    static final ArchRule EVERY_PACKAGE_NULL_MARKED = classes()
            .that()
            .resideOutsideOfPackage("..jmh_generated..")
            .should(resideInANullMarkedPackage())
            .because(
                    "a package-info.java with @NullMarked makes non-null the default a reader and a checker can rely on");

    @Test
    void everyProductionPackage_isNullMarked() {
        EVERY_PACKAGE_NULL_MARKED.check(Modules.ALL);
    }

    @Test
    void theCondition_flagsAPackageWithoutPackageInfo() {
        // JMH's generated packages have no package-info: the same condition must report each, once (not per class)
        long generatedPackages = Modules.ALL.stream()
                .filter(c -> c.getPackageName().contains(".jmh_generated"))
                .map(JavaClass::getPackageName)
                .distinct()
                .count();
        long generatedClasses = Modules.ALL.stream()
                .filter(c -> c.getPackageName().contains(".jmh_generated"))
                .count();
        var result = classes()
                .that()
                .resideInAPackage("..jmh_generated..")
                .should(resideInANullMarkedPackage())
                .evaluate(Modules.ALL);
        assertThat(result.hasViolation()).isTrue();
        assertThat(generatedClasses).isGreaterThan(generatedPackages);
        assertThat(result.getFailureReport().getDetails()).hasSize((int) generatedPackages);
    }

    /** One event per package, not per class: collected while checking, reported at the end. */
    static ArchCondition<JavaClass> resideInANullMarkedPackage() {
        return new ArchCondition<>("reside in a package whose package-info.java is @NullMarked") {
            private final Set<String> unmarked = new TreeSet<>();

            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                JavaPackage javaPackage = javaClass.getPackage();
                if (!javaPackage.isAnnotatedWith(NullMarked.class)) {
                    unmarked.add(javaPackage.getName());
                }
            }

            @Override
            public void finish(ConditionEvents events) {
                for (String name : unmarked) {
                    events.add(SimpleConditionEvent.violated(
                            name, "package " + name + " has no package-info.java annotated with @NullMarked"));
                }
                unmarked.clear();
            }
        };
    }
}
