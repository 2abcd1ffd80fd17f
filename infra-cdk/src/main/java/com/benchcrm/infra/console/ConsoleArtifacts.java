package com.benchcrm.infra.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.services.lambda.Code;

/**
 * What the console's stacks deploy: the built console ({@code web/dist}, with an {@code index.html})
 * and the pre-token trigger's jar. Tests pass small fixtures.
 *
 * <pre>{@code
 * ConsoleArtifacts a = ConsoleArtifacts.fromBuild(repoRoot);   // web/dist, functions/cognito-pre-token/target/*-aws.jar
 * }</pre>
 */
public record ConsoleArtifacts(Path webDist, Path preTokenJar) {

    static final String BUILD = "npm --prefix web ci && npm --prefix web run build; "
            + "./mvnw -q -pl functions/cognito-pre-token -am package -DskipTests";

    public ConsoleArtifacts {
        if (webDist == null || !Files.isRegularFile(webDist.resolve("index.html"))) {
            throw new IllegalArgumentException(
                    "no built console at " + webDist + " (no index.html; build it: " + BUILD + ")");
        }
        if (preTokenJar == null || !Files.isRegularFile(preTokenJar)) {
            throw new IllegalArgumentException(
                    "no pre-token function artifact at " + preTokenJar + " (build it: " + BUILD + ")");
        }
    }

    public static ConsoleArtifacts fromBuild(Path repoRoot) {
        Path target = repoRoot.resolve("functions/cognito-pre-token/target");
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> found =
                    Files.newDirectoryStream(target, "benchcrm-cognito-pre-token-*-aws.jar")) {
                found.forEach(jars::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (jars.size() != 1) {
            throw new IllegalArgumentException("expected one benchcrm-cognito-pre-token-*-aws.jar in " + target
                    + ", found " + jars.size() + " (build it: " + BUILD + ")");
        }
        return new ConsoleArtifacts(repoRoot.resolve("web/dist"), jars.get(0));
    }

    public Code preTokenCode() {
        return Code.fromAsset(preTokenJar.toString());
    }
}
