package com.benchcrm.architecture;

import static com.benchcrm.architecture.Modules.inModulesOfKind;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.architecture.Modules.Kind;
import com.benchcrm.architecture.Modules.Module;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The hexagon by module (ADR 0001, 0049): a function is built from the core, the adapters (the
 * Lambda runtime among them) and the schema, never from another function, the local runtime, a
 * tool or a test fixture; an adapter never depends on a function, the local runtime or a tool. Only
 * the local runtime, the tools and the tests put functions together.
 */
class ModuleBoundariesTest {

    static final Set<Kind> A_FUNCTION_MAY_USE = Set.of(Kind.CORE, Kind.ADAPTER, Kind.SCHEMA);

    static final Set<Kind> AN_ADAPTER_MAY_USE = Set.of(Kind.CORE, Kind.ADAPTER, Kind.SCHEMA);

    static final ArchRule FUNCTIONS = classes()
            .that(inModulesOfKind(Kind.FUNCTION))
            .should(dependOnlyOnOwnModuleOr(A_FUNCTION_MAY_USE))
            .because("a function is its handlers over the core, its adapters and the runtime; what several functions"
                    + " share belongs in the core or an adapter");

    static final ArchRule ADAPTERS = classes()
            .that(inModulesOfKind(Kind.ADAPTER))
            .should(dependOnlyOnOwnModuleOr(AN_ADAPTER_MAY_USE))
            .because(
                    "an adapter implements a core port for one outside system; functions and the local runtime use it");

    @Test
    void functions_dependOnlyOnTheCoreAdaptersAndTheRuntime() {
        FUNCTIONS.check(Modules.ALL);
    }

    @Test
    void adapters_dependOnNoFunctionLocalRuntimeOrTool() {
        ADAPTERS.check(Modules.ALL);
    }

    @Test
    void theCondition_flagsTheEmbeddedStack_whichPutsFunctionsTogether() {
        // the local runtime runs every function in one process: the function rule, applied to it, must fail
        var result = classes()
                .that(inModulesOfKind(Kind.LOCAL))
                .should(dependOnlyOnOwnModuleOr(A_FUNCTION_MAY_USE))
                .evaluate(Modules.ALL);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("benchcrm-http-api") && line.contains("benchcrm-embedded-stack"));
    }

    /** Every dependency on a {@code com.benchcrm} class stays in the class's own module or goes to a module of an allowed kind. */
    static ArchCondition<JavaClass> dependOnlyOnOwnModuleOr(Set<Kind> allowed) {
        return new ArchCondition<>("depend only on its own module or modules of kind " + allowed) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<Module> own = Modules.of(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    Optional<Module> theirs = Modules.of(target);
                    if (theirs.isEmpty()
                            || theirs.equals(own)
                            || allowed.contains(theirs.get().kind())) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(
                            dependency,
                            "%s (%s) -> %s (%s): %s"
                                    .formatted(
                                            own.map(Module::artifactId).orElse("?"),
                                            own.map(Module::kind).orElse(Kind.OTHER),
                                            theirs.get().artifactId(),
                                            theirs.get().kind(),
                                            dependency.getDescription())));
                }
            }
        };
    }
}
