package com.benchcrm.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awscdk.services.lambda.Code;

/**
 * Where the functions' deployment artifacts are. The app finds the shaded jars that {@code package}
 * builds; tests pass a small archive they create, so synthesis never needs a prior build of the
 * functions.
 *
 * <pre>{@code
 * Artifacts a = Artifacts.fromBuild(repoRoot);             // functions/*\/target/*-aws.jar
 * Artifacts t = Artifacts.of(fixtureZip, fixtureZip, fixtureZip, fixtureZip, fixtureZip);   // tests
 * }</pre>
 */
public record Artifacts(Path httpApi, Path dbMigrate, Path eventWorker, Path emailIngest, Path matchWorker) {

    static final String BUILD = "./mvnw -q -pl functions/http-api,functions/provisioning,functions/webhook-delivery,"
            + "functions/email-ingest,functions/matching -am package -DskipTests";

    public Artifacts {
        Objects.requireNonNull(httpApi, "httpApi artifact");
        Objects.requireNonNull(dbMigrate, "dbMigrate artifact");
        Objects.requireNonNull(eventWorker, "eventWorker artifact");
        Objects.requireNonNull(emailIngest, "emailIngest artifact");
        Objects.requireNonNull(matchWorker, "matchWorker artifact");
        for (Path p : List.of(httpApi, dbMigrate, eventWorker, emailIngest, matchWorker)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("no function artifact at " + p
                        + " (build it: " + BUILD + ")");
            }
        }
    }

    public static Artifacts of(Path httpApi, Path dbMigrate, Path eventWorker, Path emailIngest, Path matchWorker) {
        return new Artifacts(httpApi, dbMigrate, eventWorker, emailIngest, matchWorker);
    }

    /** The shaded jars under {@code functions/<name>/target/} of a built checkout. */
    public static Artifacts fromBuild(Path repoRoot) {
        return new Artifacts(shadedJar(repoRoot, "http-api"), shadedJar(repoRoot, "provisioning"), shadedJar(repoRoot, "webhook-delivery"),
                shadedJar(repoRoot, "email-ingest"), shadedJar(repoRoot, "matching"));
    }

    public Code httpApiCode() {
        return Code.fromAsset(httpApi.toString());
    }

    public Code dbMigrateCode() {
        return Code.fromAsset(dbMigrate.toString());
    }

    public Code eventWorkerCode() {
        return Code.fromAsset(eventWorker.toString());
    }

    public Code emailIngestCode() {
        return Code.fromAsset(emailIngest.toString());
    }

    /** The match worker: the {@code embed} and {@code match} functions. */
    public Code matchWorkerCode() {
        return Code.fromAsset(matchWorker.toString());
    }

    private static Path shadedJar(Path repoRoot, String function) {
        Path target = repoRoot.resolve("functions").resolve(function).resolve("target");
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "benchcrm-" + function + "-*-aws.jar")) {
                jars.forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (found.size() != 1) {
            throw new IllegalArgumentException("expected one benchcrm-" + function + "-*-aws.jar in " + target + ", found "
                    + found.size() + " (build it: " + BUILD + ")");
        }
        return found.get(0);
    }
}
