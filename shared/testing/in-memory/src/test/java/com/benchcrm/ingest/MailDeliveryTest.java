package com.benchcrm.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.blob.BlobStore;
import com.benchcrm.blob.BlobUnavailableException;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantSlug;
import com.benchcrm.testing.memory.InMemoryPersistence;
import com.benchcrm.testing.memory.TickingClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Mail delivery when the raw-mail store or its key service fails transiently (issue 11 item 9): the
 * failure is rethrown, so the invocation fails and Lambda retries it, instead of a dead letter for a
 * message a second try would read. A permanent failure is still dead-lettered with its reason.
 */
class MailDeliveryTest {

    final TickingClock clock = new TickingClock(Instant.parse("2026-12-01T08:00:00Z"));
    final InMemoryPersistence db = InMemoryPersistence.create(clock);
    final TenantDirectory tenants = new TenantDirectory(db.transactions(), db.tenants());
    final List<DeadLetter> deadLetters = new ArrayList<>();
    final MailArrival arrival = new MailArrival(Channel.SES, List.of("acme@ingest.example.com"), "raw-mail", "raw/acme/m-1", "m-1",
            "PASS", "PASS", Instant.parse("2026-12-01T07:59:00Z"));

    MailDelivery delivery(BlobStore blobs) {
        tenants.ensure(new TenantSlug("acme"), "Acme");
        return new MailDelivery(tenants, blobs, null, deadLetters::add, "ingest.example.com", clock);
    }

    @Test
    void deliver_s3OrKmsUnavailable_isRethrownForTheRetry_notDeadLettered() {
        MailDelivery d = delivery(store(() -> {
            throw new BlobUnavailableException("S3 or KMS did not answer", new RuntimeException("503 SlowDown"));
        }));

        assertThatThrownBy(() -> d.deliver(arrival, "trace-1")).isInstanceOf(BlobUnavailableException.class);
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void deliver_permanentStoreFailure_isDeadLetteredWithTheReason() {
        MailDelivery d = delivery(store(() -> {
            throw new IllegalStateException("AccessDenied");
        }));

        MailDelivery.Delivery result = d.deliver(arrival, "trace-2");

        assertThat(result.status()).isEqualTo("DEAD_LETTERED");
        assertThat(deadLetters).singleElement().satisfies(l -> assertThat(l.reason()).isEqualTo("processing-failed"));
    }

    private static BlobStore store(java.util.function.Supplier<Optional<byte[]>> get) {
        return new BlobStore() {
            @Override
            public Optional<byte[]> get(String key) {
                return get.get();
            }

            @Override
            public void put(String key, byte[] bytes) {
            }

            @Override
            public String describe(String key) {
                return "test://" + key;
            }
        };
    }
}
