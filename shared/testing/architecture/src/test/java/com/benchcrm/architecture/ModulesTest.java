package com.benchcrm.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.architecture.Modules.Kind;
import com.benchcrm.architecture.Modules.Module;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules are only as good as the class set: every main class is known by its module, every module is seen. */
class ModulesTest {

    @Test
    void everyImportedClass_comesFromAKnownModule() {
        Set<String> unknown = Modules.ALL.stream()
                .filter(javaClass -> Modules.of(javaClass).isEmpty())
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(unknown).as("classes from no module of the root pom").isEmpty();
    }

    @Test
    void everyJavaModule_isOnThisModulesClassPath() {
        Set<String> seen = Modules.ALL.stream()
                .map(Modules::of)
                .flatMap(java.util.Optional::stream)
                .map(Module::artifactId)
                .collect(Collectors.toSet());
        Set<String> withMainCode = Modules.MODULES.stream()
                .filter(module -> java.nio.file.Files.isDirectory(
                        Modules.repoRoot().resolve(module.path()).resolve("src/main/java")))
                .filter(module ->
                        module.kind() != Kind.TESTING || !module.path().endsWith("/architecture"))
                .map(Module::artifactId)
                .collect(Collectors.toSet());
        assertThat(seen)
                .as("add a new module to shared/testing/architecture/pom.xml so the rules read its classes")
                .containsAll(withMainCode);
    }

    @Test
    void kinds_followTheFolders() {
        assertThat(Kind.ofPath("shared/core")).isEqualTo(Kind.CORE);
        assertThat(Kind.ofPath("shared/adapters/sql")).isEqualTo(Kind.ADAPTER);
        assertThat(Kind.ofPath("functions/http-api")).isEqualTo(Kind.FUNCTION);
        assertThat(Kind.ofPath("shared/local/embedded-stack")).isEqualTo(Kind.LOCAL);
        assertThat(Kind.ofPath("shared/tools/benchmarks")).isEqualTo(Kind.TOOL);
        assertThat(Modules.MODULES).extracting(Module::artifactId).contains("benchcrm-core", "benchcrm-http-api");
    }
}
