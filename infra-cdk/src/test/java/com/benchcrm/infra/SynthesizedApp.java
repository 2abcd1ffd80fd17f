package com.benchcrm.infra;

import com.benchcrm.infra.config.DeploymentConfig;
import com.benchcrm.infra.nag.NagChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.SynthesisMessageLevel;

/**
 * The whole app, composed from a tenants file with cdk-nag applied by the same
 * {@link BenchCrmApp#synthesize} the entry point uses, synthesized once per file and JVM and shared
 * by every test class (a synthesis takes seconds; an assertion milliseconds). The
 * templates come from that one synthesis ({@code Template.fromJSON} of each stack's template), so
 * assertions never trigger another.
 *
 * <p>The functions' code is a small archive this fixture writes under {@code target/}: tests never
 * need the function jars to be built.
 */
final class SynthesizedApp {

    private static final Map<String, SynthesizedApp> CACHE = new ConcurrentHashMap<>();

    final DeploymentConfig config;
    final BenchCrm.Stacks stacks;
    final CloudAssembly assembly;
    private final Map<String, Template> templates = new LinkedHashMap<>();

    private SynthesizedApp(String tenantsFile) {
        this.config = DeploymentConfig.load(Path.of("tenants", tenantsFile));
        Path outdir = clean(Path.of("target", "cdk-test", tenantsFile.replace(".json", "")));
        Path code = fixtureArchive();
        com.benchcrm.infra.console.ConsoleArtifacts console =
                config.hasConsole() ? new com.benchcrm.infra.console.ConsoleArtifacts(fixtureConsole(), code) : null;
        BenchCrmApp.Synthesis synthesis = BenchCrmApp.synthesize(
                config,
                Artifacts.of(code, code, code, code, code, code, code, code, code, code),
                console,
                outdir,
                Map.of());
        this.stacks = synthesis.stacks();
        this.assembly = synthesis.assembly();
        for (var stack : stacks.all()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> json = (Map<String, Object>)
                    assembly.getStackByName(stack.getStackName()).getTemplate();
            templates.put(stack.getStackName(), Template.fromJSON(json));
        }
    }

    /** The app for {@code infra-cdk/tenants/<file>}. */
    static SynthesizedApp of(String tenantsFile) {
        return CACHE.computeIfAbsent(tenantsFile, SynthesizedApp::new);
    }

    static SynthesizedApp oneTenant() {
        return of("example.json");
    }

    static SynthesizedApp threeTenants() {
        return of("three-tenants.json");
    }

    Template platform() {
        return templates.get(stacks.platform().getStackName());
    }

    Template data() {
        return templates.get(stacks.data().getStackName());
    }

    Template api() {
        return templates.get(stacks.api().getStackName());
    }

    Template events() {
        return templates.get(stacks.events().getStackName());
    }

    Template ingest() {
        return templates.get(stacks.ingest().getStackName());
    }

    Template matching() {
        return templates.get(stacks.matching().getStackName());
    }

    Template tenants() {
        return templates.get(stacks.tenants().getStackName());
    }

    Template monitoring() {
        return templates.get(stacks.monitoring().getStackName());
    }

    /** The console's sign-in stack (tenants files with a {@code console} only). */
    Template identity() {
        return templates.get(stacks.identity().getStackName());
    }

    /** The console's hosting stack (tenants files with a {@code console} only). */
    Template console() {
        return templates.get(stacks.console().getStackName());
    }

    /** The app for {@code infra-cdk/tenants/console.json}: the console, Cognito and two tenants with SSO. */
    static SynthesizedApp withConsole() {
        return of("console.json");
    }

    /** A tiny built console standing in for web/dist. */
    static synchronized Path fixtureConsole() {
        Path dir = Path.of("target", "tmp", "fixture-console").toAbsolutePath();
        try {
            Files.createDirectories(dir.resolve("assets"));
            Files.writeString(
                    dir.resolve("index.html"),
                    "<!doctype html><title>fixture</title><script type=module src=/assets/app.js></script>\n");
            Files.writeString(dir.resolve("assets/app.js"), "// test fixture: stands in for the built console\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Stack name to template, in deployment order. */
    Map<String, Template> templates() {
        return templates;
    }

    /**
     * The templates that have at least one resource of the type ({@code allResources*} assertions
     * fail on a template without any).
     */
    List<Template> templatesWith(String type) {
        return templates.values().stream()
                .filter(t -> !t.findResources(type).isEmpty())
                .toList();
    }

    List<String> nagErrors() {
        return NagChecks.findings(assembly, SynthesisMessageLevel.ERROR);
    }

    List<String> nagWarnings() {
        return NagChecks.findings(assembly, SynthesisMessageLevel.WARNING);
    }

    /** A tiny zip standing in for a function jar: a fixture of the tests, never deployed. */
    static synchronized Path fixtureArchive() {
        Path zip = Path.of("target", "tmp", "fixture-function.zip").toAbsolutePath();
        if (!Files.exists(zip)) {
            try {
                Files.createDirectories(zip.getParent());
                try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                    out.putNextEntry(new ZipEntry("fixture.txt"));
                    out.write("test fixture: stands in for a function artifact\n"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return zip;
    }

    private static Path clean(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(dir);
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
