package com.benchcrm.local.stack;

import java.nio.file.Path;

/**
 * The embedded stack's state folder ({@code .benchcrm/} in the checkout):
 * {@code postgres/} (cluster, credentials, server log), {@code keys/} (the issuer's signing key),
 * {@code logs/} (function logs, {@code events.jsonl}: the event archive), {@code run/stack.properties}
 * (ports of a running stack), {@code mail/} (every received raw message, kept: the local "S3"),
 * {@code dlq/} (dead letters, one JSON file each), {@code sent-mail/} (marketing mail sent, one .eml each), {@code vectors/} (the Lucene vector index of every
 * tenant), {@code djl/} (the tokenizer's native library, unpacked on first use).
 */
public record StackHome(Path root) {

    public static StackHome fromSystem() {
        String home = System.getProperty("benchcrm.home");
        return new StackHome((home == null ? Path.of(".benchcrm") : Path.of(home))
                .toAbsolutePath()
                .normalize());
    }

    public Path postgres() {
        return root.resolve("postgres");
    }

    public Path issuerKey() {
        return root.resolve("keys").resolve("issuer-jwk.json");
    }

    /** The keyring whose keys wrap the data keys of stored secrets (webhook signing secrets; ADR 0057). */
    public Path secretsKeyring() {
        return issuerKey().resolveSibling("secrets.keyring");
    }

    public Path runState() {
        return root.resolve("run").resolve("stack.properties");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** Every event the embedded bus accepted, one EventBridge event per line ({@code ./benchcrm events tail}). */
    public Path eventArchive() {
        return logs().resolve("events.jsonl");
    }

    /** The raw-mail store: {@code raw/<tenant>/<id>} as in the S3 bucket. */
    /** The success-model registry (versions, model cards, the active version per tenant). */
    public Path models() {
        return root.resolve("models");
    }

    public Path raw() {
        return root.resolve("mail");
    }

    public Path deadLetters() {
        return root.resolve("dlq");
    }

    /** The local mail sink: every marketing mail sent, one .eml per recipient, {@code sent-mail/<tenant>/} (issue 15). */
    public Path sentMail() {
        return root.resolve("sent-mail");
    }

    /** The secret the unsubscribe links' tenant keys derive from; created on first start, kept so old links work. */
    public Path unsubscribeSecret() {
        return issuerKey().resolveSibling("unsubscribe.secret");
    }

    /** DJL_CACHE_DIR: where the tokenizer's native library is unpacked (once). */
    public Path djlCache() {
        return root.resolve("djl");
    }

    /** The daily notification digests the folder mailer writes, one {@code .eml} each, per tenant. */
    public Path digests() {
        return root.resolve("sent-mail").resolve("digests");
    }

    /** The vector index (Lucene, all tenants; rebuilt from the records by the embed function). */
    public Path vectors() {
        return root.resolve("vectors");
    }
}
