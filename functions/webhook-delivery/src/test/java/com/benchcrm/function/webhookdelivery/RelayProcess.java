package com.benchcrm.function.webhookdelivery;

import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventPublisher;
import com.benchcrm.events.EventRouting;
import com.benchcrm.events.PublishResult;
import com.benchcrm.local.events.EmbeddedEventBus;
import com.benchcrm.outbox.OutboxRelay;
import com.benchcrm.queue.sqs.SqsQueues;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A relay in a process of its own, for the crash tests: it relays like the embedded stack's relay
 * (same bus, same queues) but stops dead at a chosen point, announcing it on stdout, so the test
 * can kill it there with SIGKILL.
 *
 * <pre>
 * java -cp ... RelayProcess jdbcUrl user password sqsEndpoint name=url,... after-claim|after-publish
 * </pre>
 */
public final class RelayProcess {

    private RelayProcess() {}

    public static void main(String[] args) throws Exception {
        String jdbcUrl = args[0];
        String user = args[1];
        String password = args[2];
        URI sqsEndpoint = URI.create(args[3]);
        Map<String, String> urls = new LinkedHashMap<>();
        for (String pair : args[4].split(",")) {
            String[] kv = pair.split("=", 2);
            urls.put(kv[0], kv[1]);
        }
        String mode = args[5];
        List<EventRouting.Rule> rules = new ArrayList<>(EventRouting.load().rules());
        rules.add(new EventRouting.Rule(
                WebhookTestStack.CONSUMER_RULE,
                "",
                WebhookTestStack.CONSUMER_QUEUE,
                WebhookTestStack.consumerPattern()));
        EmbeddedEventBus bus = new EmbeddedEventBus(
                rules, urls, SqsQueues.create(SqsQueues.Settings.local(sqsEndpoint)), Optional.empty());
        EventPublisher stopping = events -> {
            if (mode.equals("after-claim")) {
                announce("CLAIMED " + events.size());
                hang();
            }
            PublishResult result = bus.publish(events);
            announce("PUBLISHED " + result.published().size() + " " + ids(result.published()));
            hang();
            return result;
        };
        JdbcSqlPort sql = JdbcSqlPort.connect(jdbcUrl, user, password, 2);
        com.benchcrm.persistence.postgres.PostgresPersistence db =
                com.benchcrm.persistence.postgres.PostgresPersistence.over(sql);
        new OutboxRelay(
                        db.transactions(),
                        db.outbox(),
                        stopping,
                        new OutboxRelay.Settings(500, Duration.ofSeconds(2), Duration.ZERO))
                .relayOnce();
    }

    private static String ids(List<DomainEvent> events) {
        return String.join(",", events.stream().map(e -> e.id().toString()).toList());
    }

    private static void announce(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void hang() {
        try {
            Thread.sleep(Duration.ofMinutes(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(3);
    }
}
