package com.benchcrm.events.eventbridge;

import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.events.EventPublisher;
import com.benchcrm.events.PublishResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClientBuilder;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Publishes domain events to an EventBridge bus: {@code source} {@value EventCatalog#SOURCE},
 * {@code detail-type} the event type, {@code detail} the envelope, {@code time} the commit time.
 *
 * <p>PutEvents takes at most 10 entries and 256 KiB per call, and may accept some entries and
 * refuse others ({@code FailedEntryCount}). Refused entries with a transient error code
 * (throttling, internal failure) are sent again, alone, with exponential back-off and jitter, up to
 * {@code maxAttempts}; what still fails is reported in the {@link PublishResult}, and the relay
 * retries it later. A call that fails as a whole (after the SDK's own retries) fails its entries,
 * not the other batches.
 *
 * <pre>{@code
 * EventPublisher bus = EventBridgePublisher.create(new EventBridgePublisher.Settings(
 *         "prod-events", "eu-west-1", Optional.empty(), 4, Duration.ofMillis(100)));
 * }</pre>
 */
public final class EventBridgePublisher implements EventPublisher, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventBridgePublisher.class);

    public static final int MAX_ENTRIES = 10;
    public static final int MAX_REQUEST_BYTES = 256 * 1024;
    /** Error codes of PutEvents entries that another attempt may not hit. */
    static final Set<String> TRANSIENT =
            Set.of("ThrottlingException", "InternalFailure", "InternalException", "ServiceUnavailableException");

    /**
     * @param endpoint    empty for the regional endpoint (a stub's URL in tests, with dummy credentials)
     * @param maxAttempts attempts per entry, at least 1
     */
    public record Settings(String busName, String region, Optional<URI> endpoint, int maxAttempts, Duration backoff) {

        public Settings {
            Objects.requireNonNull(busName, "busName");
            Objects.requireNonNull(region, "region");
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
        }
    }

    private final EventBridgeClient client;
    private final Settings settings;

    EventBridgePublisher(EventBridgeClient client, Settings settings) {
        this.client = client;
        this.settings = settings;
    }

    public static EventBridgePublisher create(Settings settings) {
        EventBridgeClientBuilder builder = EventBridgeClient.builder()
                .region(Region.of(settings.region()))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(20)));
        if (settings.endpoint().isPresent()) {
            builder.endpointOverride(settings.endpoint().get())
                    .credentialsProvider(
                            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return new EventBridgePublisher(builder.build(), settings);
    }

    @Override
    public PublishResult publish(List<DomainEvent> events) {
        List<DomainEvent> published = new ArrayList<>();
        Map<UUID, String> failed = new LinkedHashMap<>();
        for (List<DomainEvent> batch : batches(events)) {
            publishBatch(batch, published, failed);
        }
        return new PublishResult(published, failed);
    }

    private void publishBatch(List<DomainEvent> batch, List<DomainEvent> published, Map<UUID, String> failed) {
        List<DomainEvent> pending = batch;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            Map<UUID, String> errors = new LinkedHashMap<>();
            List<DomainEvent> retry = new ArrayList<>();
            try {
                List<PutEventsRequestEntry> entries =
                        pending.stream().map(this::entry).toList();
                PutEventsResponse response = client.putEvents(b -> b.entries(entries));
                List<PutEventsResultEntry> results = response.entries();
                for (int i = 0; i < pending.size(); i++) {
                    PutEventsResultEntry r = i < results.size() ? results.get(i) : null;
                    DomainEvent e = pending.get(i);
                    if (r != null && r.errorCode() == null && r.eventId() != null) {
                        published.add(e);
                    } else {
                        String code = r == null ? "NoResultEntry" : r.errorCode();
                        errors.put(
                                e.id(), code + (r == null || r.errorMessage() == null ? "" : ": " + r.errorMessage()));
                        if (TRANSIENT.contains(code)) {
                            retry.add(e);
                        }
                    }
                }
            } catch (SdkException e) {
                // The SDK has retried the call itself; the entries go back to the relay.
                LOG.warn("PutEvents failed for {} entries: {}", pending.size(), e.toString());
                pending.forEach(ev -> failed.put(ev.id(), e.getClass().getSimpleName()));
                return;
            }
            if (retry.isEmpty() || attempt >= settings.maxAttempts()) {
                failed.putAll(errors);
                return;
            }
            errors.keySet().removeAll(retry.stream().map(DomainEvent::id).toList());
            failed.putAll(errors);
            sleep(backoff(attempt));
            pending = retry;
        }
    }

    PutEventsRequestEntry entry(DomainEvent e) {
        return PutEventsRequestEntry.builder()
                .eventBusName(settings.busName())
                .source(EventCatalog.SOURCE)
                .detailType(e.type())
                .detail(e.toJson())
                .time(e.time())
                .build();
    }

    /** Consecutive groups of at most 10 entries and 256 KiB (EventBridge's own size rule). */
    List<List<DomainEvent>> batches(List<DomainEvent> events) {
        List<List<DomainEvent>> batches = new ArrayList<>();
        List<DomainEvent> current = new ArrayList<>();
        int bytes = 0;
        for (DomainEvent e : events) {
            int size = entrySize(e);
            if (size > MAX_REQUEST_BYTES) {
                throw new IllegalArgumentException("event " + e.id() + " is larger than an EventBridge entry may be");
            }
            if (current.size() == MAX_ENTRIES || bytes + size > MAX_REQUEST_BYTES) {
                batches.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(e);
            bytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    /** EventBridge counts the UTF-8 bytes of source, detail-type, detail and resources, plus 14 for the time. */
    static int entrySize(DomainEvent e) {
        return 14 + utf8(EventCatalog.SOURCE) + utf8(e.type()) + utf8(e.toJson());
    }

    private Duration backoff(int attempt) {
        long base = settings.backoff().toMillis() << Math.min(attempt - 1, 10);
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
