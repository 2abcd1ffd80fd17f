package com.benchcrm.local.events;

import com.benchcrm.events.EventRouting;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** One ElasticMQ per test JVM with the routing's queues, visibility 1 s so failed messages come back fast. */
final class LocalQueues {

    private static LocalQueues instance;

    final LocalSqs sqs;
    final Map<String, String> urls;

    private LocalQueues() {
        sqs = LocalSqs.start(0);
        urls = sqs.createQueues(EventRouting.load(), Optional.of(Duration.ofSeconds(1)));
        Runtime.getRuntime().addShutdownHook(new Thread(sqs::close, "local-sqs-stop"));
    }

    static synchronized LocalQueues get() {
        if (instance == null) {
            instance = new LocalQueues();
        }
        return instance;
    }

    /** A fresh queue pair (name and name-dlq) with this redrive, for a test that must own its queue. */
    Map<String, String> fresh(String prefix, int maxReceiveCount) {
        String name = prefix + "-" + Long.toString(System.nanoTime(), 36);
        EventRouting routing = new EventRouting(
                Map.of(name, new EventRouting.Queue(name, "test", 1, maxReceiveCount, 1)), java.util.List.of());
        return sqs.createQueues(routing, Optional.of(Duration.ofSeconds(1)));
    }
}
