package com.benchcrm.infra;

import com.benchcrm.infra.config.DeploymentConfig;
import com.benchcrm.infra.nag.NagChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.SynthesisMessageLevel;

/**
 * Synthesizes BenchCRM into a cloud assembly, offline. Used directly by {@code infra-cdk/synth} and
 * as the {@code app} of {@code infra-cdk/cdk.json} for {@code cdk deploy}.
 *
 * <table>
 *   <caption>Inputs (system property, then CDK context, then default)</caption>
 *   <tr><td>{@code benchcrm.tenants} / context {@code tenants}</td><td>the tenants file; default {@code infra-cdk/tenants/example.json}</td></tr>
 *   <tr><td>{@code benchcrm.outdir} / {@code CDK_OUTDIR}</td><td>the assembly directory; default {@code infra-cdk/cdk.out}</td></tr>
 *   <tr><td>{@code benchcrm.repo.root}</td><td>where {@code functions/*\/target} are; default: found from the working directory</td></tr>
 * </table>
 *
 * <p>Exits 1 when cdk-nag reports an unsuppressed error, so a finding fails the build or the
 * deployment before CloudFormation sees it.
 */
public final class BenchCrmApp {

    private BenchCrmApp() {}

    /** What one synthesis produced: the stacks (for tests to inspect) and the cloud assembly. */
    public record Synthesis(BenchCrm.Stacks stacks, CloudAssembly assembly) {

        public List<String> nagErrors() {
            return NagChecks.findings(assembly, SynthesisMessageLevel.ERROR);
        }

        public List<String> nagWarnings() {
            return NagChecks.findings(assembly, SynthesisMessageLevel.WARNING);
        }
    }

    /**
     * Composes the app for a deployment, applies cdk-nag and synthesizes into {@code outdir}: the
     * one path both {@link #main} and the tests take.
     *
     * @param context extra CDK context (feature flags in {@link BenchCrm#CONTEXT} are always set)
     */
    public static Synthesis synthesize(
            DeploymentConfig config, Artifacts artifacts, Path outdir, Map<String, Object> context) {
        return synthesize(config, artifacts, null, outdir, context);
    }

    /** As above, with the console's artifacts (needed when the tenants file has a {@code console}). */
    public static Synthesis synthesize(
            DeploymentConfig config,
            Artifacts artifacts,
            com.benchcrm.infra.console.ConsoleArtifacts console,
            Path outdir,
            Map<String, Object> context) {
        Map<String, Object> ctx = new HashMap<>(BenchCrm.CONTEXT);
        ctx.putAll(context);
        App app = new App(
                AppProps.builder().outdir(outdir.toString()).context(ctx).build());
        BenchCrm.Stacks stacks = BenchCrm.compose(app, config, artifacts, console);
        NagChecks.apply(app);
        return new Synthesis(stacks, app.synth());
    }

    public static void main(String[] args) {
        Path root = repoRoot();
        Path tenantsFile = tenantsFile(root);
        DeploymentConfig config = DeploymentConfig.load(tenantsFile);
        // asset paths in the template's metadata: what `sam local` needs to find the code
        Synthesis synthesis = synthesize(
                config,
                Artifacts.fromBuild(root),
                config.hasConsole() ? com.benchcrm.infra.console.ConsoleArtifacts.fromBuild(root) : null,
                outdir(root),
                Map.of("aws:cdk:enable-asset-metadata", true));

        List<String> errors = synthesis.nagErrors();
        List<String> warnings = synthesis.nagWarnings();
        System.out.printf(
                "synthesized %d stacks for %d tenant(s) from %s into %s%n",
                synthesis.assembly().getStacks().size(),
                config.tenants().size(),
                tenantsFile,
                synthesis.assembly().getDirectory());
        System.out.printf(
                "cdk-nag AwsSolutions: %d unsuppressed errors, %d warnings%n", errors.size(), warnings.size());
        errors.forEach(e -> System.out.println("  ERROR " + e));
        warnings.forEach(w -> System.out.println("  WARN  " + w));
        if (!errors.isEmpty()) {
            System.exit(1);
        }
    }

    private static Path repoRoot() {
        String explicit = System.getProperty("benchcrm.repo.root");
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("infra-cdk")) && Files.isDirectory(p.resolve("functions"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from inside the BenchCRM checkout, or set -Dbenchcrm.repo.root");
    }

    /** A value of the CDK context the CLI passes ({@code cdk synth -c tenants=...}), read before the app exists. */
    private static String contextValue(String key) {
        String json = System.getenv("CDK_CONTEXT_JSON");
        if (json == null) {
            return null;
        }
        try {
            Object v = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(json)
                    .get(key);
            return v == null ? null : ((com.fasterxml.jackson.databind.JsonNode) v).asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("CDK_CONTEXT_JSON is not JSON", e);
        }
    }

    private static Path outdir(Path root) {
        String explicit = System.getProperty("benchcrm.outdir", System.getenv("CDK_OUTDIR"));
        return explicit != null ? Path.of(explicit) : root.resolve("infra-cdk").resolve("cdk.out");
    }

    private static Path tenantsFile(Path root) {
        String explicit = System.getProperty("benchcrm.tenants");
        if (explicit == null) {
            explicit = contextValue("tenants");
        }
        if (explicit == null) {
            return root.resolve("infra-cdk/tenants/example.json");
        }
        Path p = Path.of(explicit);
        return p.isAbsolute() || Files.exists(p) ? p : root.resolve(p);
    }
}
