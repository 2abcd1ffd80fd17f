package com.benchcrm.local.events;

import com.benchcrm.events.EventRouting;
import com.benchcrm.queue.sqs.SqsQueues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * ElasticMQ on 127.0.0.1: the SQS wire API, in this JVM, in memory. The queues of
 * {@code events/rules/routing.json} are created with their dead-letter queues and redrive policy,
 * as the CDK app creates them in AWS.
 *
 * <pre>{@code
 * try (LocalSqs sqs = LocalSqs.start(0)) {
 *     Map<String, String> urls = sqs.createQueues(EventRouting.load(), Optional.empty());
 *     sqs.queues().send(urls.get("webhook"), "{...}", Duration.ZERO, Map.of());
 * }
 * }</pre>
 *
 * <p>Messages live in memory: stopping the stack drops what was queued (the outbox has already
 * marked those events published). {@code visibilityOverride} shortens the visibility timeout for
 * tests, so a failed message comes back in a second rather than minutes.
 */
public final class LocalSqs implements AutoCloseable {

    private final SQSRestServer server;
    private final int port;
    private final SqsQueues queues;

    private LocalSqs(SQSRestServer server, int port) {
        this.server = server;
        this.port = port;
        this.queues = SqsQueues.create(SqsQueues.Settings.local(endpoint(port)));
    }

    /** @param port a TCP port on 127.0.0.1, or 0 for a free one */
    public static LocalSqs start(int port) {
        // ElasticMQ's actor system must not register its own JVM shutdown hook: the stack stops it,
        // in order, from its own hook.
        if (System.getProperty("pekko.coordinated-shutdown.run-by-jvm-shutdown-hook") == null) {
            System.setProperty("pekko.coordinated-shutdown.run-by-jvm-shutdown-hook", "off");
        }
        int chosen = port > 0 ? port : freePort();
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1")
                .withPort(chosen)
                .withServerAddress(new NodeAddress("http", "127.0.0.1", chosen, ""))
                .withAWSRegion("us-east-1")
                .withAWSAccountId("000000000000")
                .start();
        server.waitUntilStarted();
        return new LocalSqs(server, chosen);
    }

    public int port() {
        return port;
    }

    public URI endpoint() {
        return endpoint(port);
    }

    /** A client of this server (the same adapter the functions use against SQS). */
    public SqsQueues queues() {
        return queues;
    }

    /**
     * Creates (or finds) each queue of the routing and its DLQ, with the routing's redrive and
     * visibility settings.
     *
     * @return queue name to URL, DLQs included under {@code <name>-dlq}
     */
    public Map<String, String> createQueues(EventRouting routing, Optional<Duration> visibilityOverride) {
        Map<String, String> urls = new LinkedHashMap<>();
        for (EventRouting.Queue q : routing.queues().values()) {
            String dlqName = EventRouting.deadLetterQueueName(q.name());
            String dlqUrl = queues.client()
                    .createQueue(b -> b.queueName(dlqName)
                            .attributes(Map.of(
                                    QueueAttributeName.MESSAGE_RETENTION_PERIOD,
                                    Long.toString(Duration.ofDays(14).toSeconds()))))
                    .queueUrl();
            String dlqArn = queues.client()
                    .getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes()
                    .get(QueueAttributeName.QUEUE_ARN);
            long visibility = visibilityOverride.map(Duration::toSeconds).orElse((long) q.visibilityTimeoutSeconds());
            String url = queues.client()
                    .createQueue(b -> b.queueName(q.name())
                            .attributes(Map.of(
                                    QueueAttributeName.VISIBILITY_TIMEOUT,
                                    Long.toString(visibility),
                                    QueueAttributeName.MESSAGE_RETENTION_PERIOD,
                                    Long.toString(
                                            Duration.ofDays(q.retentionDays()).toSeconds()),
                                    QueueAttributeName.REDRIVE_POLICY,
                                    "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\""
                                            + q.maxReceiveCount() + "\"}")))
                    .queueUrl();
            urls.put(q.name(), url);
            urls.put(dlqName, dlqUrl);
        }
        return urls;
    }

    /** The ARN ElasticMQ gives a queue (what Lambda puts in {@code eventSourceARN}). */
    public String arn(String queueUrl) {
        return queues.client()
                .getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
    }

    @Override
    public void close() {
        queues.close();
        server.stopAndWait();
    }

    private static URI endpoint(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
