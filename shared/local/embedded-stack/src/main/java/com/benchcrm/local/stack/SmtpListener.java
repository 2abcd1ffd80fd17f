package com.benchcrm.local.stack;

import com.benchcrm.blob.BlobStore;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Json;
import com.benchcrm.ingest.DeadLetter;
import com.benchcrm.ingest.DeadLetters;
import com.benchcrm.local.lambda.FunctionHost;
import com.benchcrm.local.lambda.S3Events;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.subethamail.smtp.TooMuchDataException;
import org.subethamail.smtp.helper.SimpleMessageListener;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The local stand-in for SES inbound mail: an SMTP server on 127.0.0.1 that accepts mail for
 * {@code <tenant-slug>@<ingest domain>} ({@code ingest.localhost}), stores each raw message in the
 * local raw-mail folder under {@code raw/<slug>/<id>} (kept, as the S3 action keeps it), and
 * invokes the e-mail ingest function with the S3 object-created event for it, before answering
 * {@code 250}. Other recipient domains are refused at {@code RCPT TO} (no relaying).
 *
 * <pre>{@code
 * swaks --server 127.0.0.1:2525 --to acme@ingest.localhost --data vendor-mail.eml
 * }</pre>
 */
final class SmtpListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpListener.class);
    /** SES accepts 40 MB with an S3 action. */
    static final int MAX_MESSAGE = 40 * 1024 * 1024;

    /** One delivered message and what the function answered. */
    record Delivered(String recipient, String key, JsonNode result) {}

    private final SMTPServer server;
    private final Deque<Delivered> recent = new ArrayDeque<>();

    private SmtpListener(SMTPServer server) {
        this.server = server;
    }

    static SmtpListener start(
            int port, String ingestDomain, BlobStore raw, FunctionHost ingest, DeadLetters deadLetters) {
        Ids ids = new Ids(Clock.systemUTC());
        SmtpListener[] self = new SmtpListener[1];
        SimpleMessageListener listener = new SimpleMessageListener() {
            @Override
            public boolean accept(String from, String recipient) {
                return recipient != null && recipient.toLowerCase(Locale.ROOT).endsWith("@" + ingestDomain);
            }

            @Override
            public void deliver(String from, String recipient, InputStream data)
                    throws TooMuchDataException, IOException {
                byte[] bytes = data.readAllBytes();
                String local = recipient.toLowerCase(Locale.ROOT).substring(0, recipient.lastIndexOf('@'));
                String slug = local.contains("+") ? local.substring(0, local.indexOf('+')) : local;
                String key = "raw/" + slug.replaceAll("[^a-z0-9-]", "_") + "/" + ids.next();
                raw.put(key, bytes);
                JsonNode result;
                try {
                    byte[] out = ingest.invoke(
                            S3Events.objectCreated("local", key, "benchcrm:smtp", List.of(recipient), bytes.length));
                    JsonNode node = Json.strict().readTree(out);
                    result = node.isTextual() ? Json.strict().readTree(node.asText()) : node;
                } catch (RuntimeException e) {
                    LOG.error(
                            "the ingest function failed on {}: {}",
                            key,
                            e.getClass().getName());
                    deadLetters.send(new DeadLetter(
                            "processing-failed",
                            e.getClass().getSimpleName(),
                            key,
                            recipient,
                            null,
                            null,
                            Clock.systemUTC().instant()));
                    result = Json.strict()
                            .createObjectNode()
                            .put("status", "DEAD_LETTERED")
                            .put("reason", "processing-failed");
                }
                self[0].remember(new Delivered(recipient, key, result));
            }
        };
        SMTPServer server = SMTPServer.port(port)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName("ingest.localhost")
                .softwareName("BenchCRM embedded SMTP")
                .simpleMessageListener(listener)
                .maxMessageSize(MAX_MESSAGE)
                .maxConnections(50)
                .connectionTimeout(60, java.util.concurrent.TimeUnit.SECONDS)
                .build();
        self[0] = new SmtpListener(server);
        server.start();
        return self[0];
    }

    int port() {
        return server.getPortAllocated();
    }

    private synchronized void remember(Delivered d) {
        recent.addLast(d);
        while (recent.size() > 100) {
            recent.removeFirst();
        }
    }

    /** The last deliveries (at most 100), oldest first. */
    synchronized List<Delivered> recent() {
        return List.copyOf(recent);
    }

    @Override
    public void close() {
        server.stop();
    }
}
