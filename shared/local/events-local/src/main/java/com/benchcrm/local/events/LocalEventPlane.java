package com.benchcrm.local.events;

import com.benchcrm.events.EventRouting;
import com.benchcrm.outbox.OutboxRelay;
import com.benchcrm.outbox.OutboxRepository;
import com.benchcrm.persistence.Transactions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything asynchronous of the embedded stack, wired as in AWS: ElasticMQ with the routing's
 * queues and DLQs, the in-process bus evaluating the routing's rules, the outbox relay on a thread
 * (AWS: the scheduled {@code outboxRelay} function with EventBridge), and local SQS event sources
 * that invoke functions (AWS: Lambda's event source mappings).
 *
 * <pre>{@code
 * try (LocalEventPlane events = LocalEventPlane.start(db.transactions(), db.outbox(), LocalEventPlane.Settings.defaults(archive))) {
 *     events.startRelay();
 *     events.attach("webhook", 10, 2, webhookFunction::invoke);
 * }
 * }</pre>
 */
public final class LocalEventPlane implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalEventPlane.class);

    /**
     * @param sqsPort            ElasticMQ's port on 127.0.0.1, 0 for a free one
     * @param visibilityOverride shorter visibility timeouts (tests)
     * @param archive            the events.jsonl file, if any
     * @param extraRules         rules beyond the routing file's (tests: a consumer of every event)
     * @param extraQueues        queues those rules target
     * @param relay              the relay's batch, lease and back-off
     * @param idlePoll           how often an idle relay looks for new rows
     * @param sweepEvery         how often the relay sweeps expired claims
     */
    public record Settings(
            int sqsPort,
            Optional<Duration> visibilityOverride,
            Optional<Path> archive,
            List<EventRouting.Rule> extraRules,
            Map<String, EventRouting.Queue> extraQueues,
            OutboxRelay.Settings relay,
            Duration idlePoll,
            Duration sweepEvery) {

        public static Settings defaults(Optional<Path> archive) {
            return new Settings(
                    0,
                    Optional.empty(),
                    archive,
                    List.of(),
                    Map.of(),
                    OutboxRelay.Settings.defaults(),
                    Duration.ofMillis(50),
                    Duration.ofSeconds(5));
        }

        public Settings withExtra(List<EventRouting.Rule> rules, Map<String, EventRouting.Queue> queues) {
            return new Settings(sqsPort, visibilityOverride, archive, rules, queues, relay, idlePoll, sweepEvery);
        }

        public Settings withVisibility(Duration visibility) {
            return new Settings(
                    sqsPort, Optional.of(visibility), archive, extraRules, extraQueues, relay, idlePoll, sweepEvery);
        }

        public Settings withRelay(OutboxRelay.Settings relaySettings, Duration sweep) {
            return new Settings(
                    sqsPort, visibilityOverride, archive, extraRules, extraQueues, relaySettings, idlePoll, sweep);
        }
    }

    private final LocalSqs sqs;
    private final EventRouting routing;
    private final Map<String, String> queueUrls;
    private final EmbeddedEventBus bus;
    private final Optional<EventArchive> archive;
    private final OutboxRelay relay;
    private final Settings settings;
    private final List<SqsEventSource> sources = new ArrayList<>();
    private final List<String> attachedQueues = new ArrayList<>();
    private final AtomicBoolean relayStopping = new AtomicBoolean();
    private Thread relayThread;
    private boolean closed;
    private boolean cleanClose;

    private LocalEventPlane(
            LocalSqs sqs,
            EventRouting routing,
            Map<String, String> queueUrls,
            EmbeddedEventBus bus,
            Optional<EventArchive> archive,
            OutboxRelay relay,
            Settings settings) {
        this.sqs = sqs;
        this.routing = routing;
        this.queueUrls = queueUrls;
        this.bus = bus;
        this.archive = archive;
        this.relay = relay;
        this.settings = settings;
    }

    /** Starts ElasticMQ, creates the queues and builds the bus and the relay (not started). */
    public static LocalEventPlane start(Transactions transactions, OutboxRepository outbox, Settings settings) {
        EventRouting file = EventRouting.load();
        Map<String, EventRouting.Queue> queues = new java.util.LinkedHashMap<>(file.queues());
        queues.putAll(settings.extraQueues());
        List<EventRouting.Rule> rules = new ArrayList<>(file.rules());
        rules.addAll(settings.extraRules());
        EventRouting routing = new EventRouting(queues, rules);
        LocalSqs sqs = LocalSqs.start(settings.sqsPort());
        try {
            Map<String, String> urls = sqs.createQueues(routing, settings.visibilityOverride());
            Optional<EventArchive> archive = settings.archive().map(EventArchive::new);
            EmbeddedEventBus bus = new EmbeddedEventBus(routing.rules(), urls, sqs.queues(), archive);
            return new LocalEventPlane(
                    sqs,
                    routing,
                    urls,
                    bus,
                    archive,
                    new OutboxRelay(transactions, outbox, bus, settings.relay()),
                    settings);
        } catch (RuntimeException e) {
            sqs.close();
            throw e;
        }
    }

    /** Runs the relay on a thread until {@link #stopRelay()} or {@link #close()}. */
    public synchronized void startRelay() {
        if (relayThread != null) {
            return;
        }
        relayStopping.set(false);
        relayThread = Thread.ofPlatform().name("outbox-relay").daemon(true).start(() -> {
            OutboxRelay.Round total = relay.drain(relayStopping::get, settings.idlePoll(), settings.sweepEvery());
            LOG.info("outbox relay stopped: {}", total);
        });
    }

    public synchronized void stopRelay() {
        if (relayThread == null) {
            return;
        }
        relayStopping.set(true);
        relayThread.interrupt();
        try {
            relayThread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        relayThread = null;
    }

    /** Polls {@code queue} and invokes {@code function} with SQS events, as an event source mapping. */
    public synchronized SqsEventSource attach(
            String queue, int batchSize, int pollers, SqsEventSource.Function function) {
        return attach(queue, batchSize, pollers, 0, function);
    }

    /**
     * As {@link #attach(String, int, int, SqsEventSource.Function)}, the function running at a lower CPU
     * priority ({@code nice} 1-19, {@link BackgroundPriority}; 0 unchanged): background work that
     * yields the cores to the API's requests.
     */
    public synchronized SqsEventSource attach(
            String queue, int batchSize, int pollers, int nice, SqsEventSource.Function function) {
        String url = url(queue);
        SqsEventSource source =
                SqsEventSource.start(queue, sqs.queues(), url, sqs.arn(url), batchSize, pollers, nice, function);
        sources.add(source);
        attachedQueues.add(queue);
        return source;
    }

    public String url(String queue) {
        String url = queueUrls.get(queue);
        if (url == null) {
            throw new IllegalArgumentException("no queue " + queue + "; known: " + queueUrls.keySet());
        }
        return url;
    }

    public LocalSqs sqs() {
        return sqs;
    }

    public EventRouting routing() {
        return routing;
    }

    public EmbeddedEventBus bus() {
        return bus;
    }

    public OutboxRelay relay() {
        return relay;
    }

    public Optional<Path> archiveFile() {
        return archive.map(EventArchive::file);
    }

    /**
     * Routes the archived events the bus routed at or after {@code since} again (consumers dedupe):
     * after a crash, what was on the in-memory queues is delivered after all. EventBridge's archive
     * replay, locally. By routing time, not commit time: an event committed before a crash is
     * routed by the relay after the restart, and may be lost by the next crash.
     *
     * @return how many events were routed again
     */
    public int replayArchive(java.time.Instant since) {
        return archiveFile().map(file -> replay(file, since, bus)).orElse(0);
    }

    /** Routes the events of an archive file routed (else committed, for lines without the time) at or after {@code since} again. */
    static int replay(Path file, java.time.Instant since, EmbeddedEventBus bus) {
        if (!java.nio.file.Files.exists(file)) {
            return 0;
        }
        List<com.benchcrm.events.DomainEvent> events = new ArrayList<>();
        try (var lines = java.nio.file.Files.lines(file)) {
            lines.forEach(line -> {
                try {
                    var node = com.benchcrm.common.Json.strict().readTree(line);
                    var event = com.benchcrm.events.DomainEvent.fromNode(node.path("detail"));
                    java.time.Instant routed = node.hasNonNull(EmbeddedEventBus.ARCHIVED_AT)
                            ? java.time.Instant.parse(
                                    node.path(EmbeddedEventBus.ARCHIVED_AT).asText())
                            : event.time();
                    if (!routed.isBefore(since)) {
                        events.add(event);
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    LOG.warn("skipping an unreadable archive line: {}", e.toString());
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (int from = 0; from < events.size(); from += 100) {
            bus.replay(events.subList(from, Math.min(from + 100, events.size())));
        }
        return events.size();
    }

    /** Waits until the attached queues have nothing visible or in flight (delayed timers excepted), at most {@code timeout}. */
    public boolean drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean empty = true;
            for (String queue : attachedQueues) {
                var a = sqs.queues()
                        .client()
                        .getQueueAttributes(b -> b.queueUrl(url(queue))
                                .attributeNamesWithStrings(
                                        "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"))
                        .attributesAsStrings();
                empty &= "0".equals(a.get("ApproximateNumberOfMessages"))
                        && "0".equals(a.get("ApproximateNumberOfMessagesNotVisible"));
            }
            if (empty) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** {@link #close(Duration, Duration)} with 5 s to drain the queues and 30 s for the invocations in flight. */
    @Override
    public synchronized void close() {
        close(Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    /**
     * Stops in order: the relay first (no new messages), then lets the event sources work through
     * what is queued for up to {@code drain}, then stops their polling and waits up to
     * {@code inFlight} for the invocations still running (their functions' models and pools must
     * stay open until this returns), then ElasticMQ. Idempotent.
     *
     * @return true when every queue was drained and every invocation finished: nothing queued was
     *         left behind (else the caller routes the archive again at the next start)
     */
    public synchronized boolean close(Duration drain, Duration inFlight) {
        if (closed) {
            return cleanClose;
        }
        closed = true;
        stopRelay();
        boolean drained = sources.isEmpty() || drain(drain);
        if (!drained) {
            LOG.warn("stopping with messages still queued; they are routed again from the archive at the next start");
        }
        boolean finished = true;
        for (SqsEventSource s : sources) {
            finished &= s.close(inFlight);
        }
        sources.clear();
        archive.ifPresent(EventArchive::close);
        sqs.close();
        cleanClose = drained && finished;
        return cleanClose;
    }
}
