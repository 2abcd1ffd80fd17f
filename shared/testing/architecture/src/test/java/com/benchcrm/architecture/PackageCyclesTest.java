package com.benchcrm.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.architecture.Modules.Module;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.Test;

/**
 * No package cycles, in the core and in each module: every Java package of every module is a slice,
 * and no slice may reach itself again through the others. A cycle means two packages are one
 * feature (merge them) or one of them holds what both need (move it down).
 */
class PackageCyclesTest {

    /** A slice per (module, package): the core's {@code com.benchcrm.mail} is not the adapter's. */
    static final SliceAssignment PACKAGE_PER_MODULE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return Modules.of(javaClass)
                    .map(module -> SliceIdentifier.of(module.artifactId(), javaClass.getPackageName()))
                    .orElseGet(SliceIdentifier::ignore);
        }

        @Override
        public String getDescription() {
            return "each package of each module";
        }
    };

    static final ArchRule NO_CYCLES =
            slices().assignedFrom(PACKAGE_PER_MODULE).should().beFreeOfCycles();

    @Test
    void packages_formNoCycles() {
        FreezingArchRule.freeze(NO_CYCLES).check(Modules.ALL);
    }

    @Test
    void theRule_seesTheCoreFeaturePackagesAsSeparateSlices() {
        long corePackages = Modules.ALL.stream()
                .filter(javaClass -> Modules.of(javaClass)
                        .map(Module::artifactId)
                        .filter("benchcrm-core"::equals)
                        .isPresent())
                .map(JavaClass::getPackageName)
                .distinct()
                .count();
        assertThat(corePackages).isGreaterThan(20);
    }
}
