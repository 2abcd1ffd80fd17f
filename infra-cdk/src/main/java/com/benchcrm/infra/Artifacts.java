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
 * Where the functions' deployment artifacts are, one per function module. The app finds the shaded
 * jars that {@code package} builds; tests pass a small archive they create, so synthesis never needs
 * a prior build of the functions.
 *
 * <pre>{@code
 * Artifacts a = Artifacts.fromBuild(repoRoot);             // functions/*\/target/*-aws.jar
 * Artifacts t = Artifacts.of(fixtureZip, fixtureZip, fixtureZip, fixtureZip, fixtureZip, fixtureZip, fixtureZip, fixtureZip, fixtureZip, fixtureZip); // tests
 * }</pre>
 *
 * @param httpApi         {@code functions/http-api}: the HTTP API
 * @param provisioning    {@code functions/provisioning}: the custom resources (schema, tenants, webhooks, vector indexes, rate limits)
 * @param outboxRelay     {@code functions/outbox-relay}: the scheduled relay to EventBridge
 * @param webhookDelivery {@code functions/webhook-delivery}: partner webhooks from the webhook queue
 * @param emailIngest     {@code functions/email-ingest}: inbound mail
 * @param matching        {@code functions/matching}: the {@code embed} and {@code match} functions
 * @param workAuthorizationAlerts {@code functions/work-authorization-alerts}: the daily {@code WorkAuthorizationExpiring} job
 * @param modelTraining   {@code functions/model-training}: the weekly per-tenant success-model training and drift (ADR 0077)
 * @param notifications   {@code functions/notifications}: the {@code notify} consumer and the {@code notificationsDaily} job
 * @param outreachSender  {@code functions/outreach-sender}: the {@code outreachSender} and {@code outreachFeedback} consumers
 */
public record Artifacts(
        Path httpApi,
        Path provisioning,
        Path outboxRelay,
        Path webhookDelivery,
        Path emailIngest,
        Path matching,
        Path workAuthorizationAlerts,
        Path modelTraining,
        Path notifications,
        Path outreachSender) {

    /** The function modules, in the order of the record's components. */
    static final List<String> FUNCTIONS = List.of(
            "http-api",
            "provisioning",
            "outbox-relay",
            "webhook-delivery",
            "email-ingest",
            "matching",
            "work-authorization-alerts",
            "model-training",
            "notifications",
            "outreach-sender");

    static final String BUILD = "./mvnw -q -pl "
            + String.join(",", FUNCTIONS.stream().map(f -> "functions/" + f).toList()) + " -am package -DskipTests";

    public Artifacts {
        List<Path> all = List.of(
                Objects.requireNonNull(httpApi, "httpApi artifact"),
                Objects.requireNonNull(provisioning, "provisioning artifact"),
                Objects.requireNonNull(outboxRelay, "outboxRelay artifact"),
                Objects.requireNonNull(webhookDelivery, "webhookDelivery artifact"),
                Objects.requireNonNull(emailIngest, "emailIngest artifact"),
                Objects.requireNonNull(matching, "matching artifact"),
                Objects.requireNonNull(workAuthorizationAlerts, "workAuthorizationAlerts artifact"),
                Objects.requireNonNull(modelTraining, "modelTraining artifact"),
                Objects.requireNonNull(notifications, "notifications artifact"),
                Objects.requireNonNull(outreachSender, "outreachSender artifact"));
        for (Path p : all) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("no function artifact at " + p + " (build it: " + BUILD + ")");
            }
        }
    }

    public static Artifacts of(
            Path httpApi,
            Path provisioning,
            Path outboxRelay,
            Path webhookDelivery,
            Path emailIngest,
            Path matching,
            Path workAuthorizationAlerts,
            Path modelTraining,
            Path notifications,
            Path outreachSender) {
        return new Artifacts(
                httpApi,
                provisioning,
                outboxRelay,
                webhookDelivery,
                emailIngest,
                matching,
                workAuthorizationAlerts,
                modelTraining,
                notifications,
                outreachSender);
    }

    /** The shaded jars under {@code functions/<name>/target/} of a built checkout. */
    public static Artifacts fromBuild(Path repoRoot) {
        return new Artifacts(
                shadedJar(repoRoot, "http-api"),
                shadedJar(repoRoot, "provisioning"),
                shadedJar(repoRoot, "outbox-relay"),
                shadedJar(repoRoot, "webhook-delivery"),
                shadedJar(repoRoot, "email-ingest"),
                shadedJar(repoRoot, "matching"),
                shadedJar(repoRoot, "work-authorization-alerts"),
                shadedJar(repoRoot, "model-training"),
                shadedJar(repoRoot, "notifications"),
                shadedJar(repoRoot, "outreach-sender"));
    }

    public Code httpApiCode() {
        return Code.fromAsset(httpApi.toString());
    }

    public Code provisioningCode() {
        return Code.fromAsset(provisioning.toString());
    }

    public Code outboxRelayCode() {
        return Code.fromAsset(outboxRelay.toString());
    }

    public Code webhookDeliveryCode() {
        return Code.fromAsset(webhookDelivery.toString());
    }

    public Code emailIngestCode() {
        return Code.fromAsset(emailIngest.toString());
    }

    /** The {@code embed} and {@code match} functions. */
    public Code matchingCode() {
        return Code.fromAsset(matching.toString());
    }

    public Code workAuthorizationAlertsCode() {
        return Code.fromAsset(workAuthorizationAlerts.toString());
    }

    /** The weekly per-tenant training and drift job. */
    public Code modelTrainingCode() {
        return Code.fromAsset(modelTraining.toString());
    }

    /** The {@code notify} and {@code notificationsDaily} functions. */
    public Code notificationsCode() {
        return Code.fromAsset(notifications.toString());
    }

    /** The {@code outreachSender} and {@code outreachFeedback} functions. */
    public Code outreachSenderCode() {
        return Code.fromAsset(outreachSender.toString());
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
            throw new IllegalArgumentException("expected one benchcrm-" + function + "-*-aws.jar in " + target
                    + ", found " + found.size() + " (build it: " + BUILD + ")");
        }
        return found.get(0);
    }
}
