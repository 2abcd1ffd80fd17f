package com.benchcrm.ingest;

import com.benchcrm.blob.BlobStore;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.persistence.TransientPersistenceException;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one arrived message to its tenant's inbox: resolves the tenant from the ingest address
 * (or the raw key's {@code raw/<slug>/} prefix), reads the raw message from the blob store, and runs
 * {@link InboxIngest} as the tenant's system actor {@value #ACTOR}. What cannot be delivered goes
 * to the dead-letter queue with a reason (unknown tenant, raw message missing, a virus verdict,
 * an unexpected failure); the raw message is never deleted. A transient failure of the database or
 * of the blob store and its key service (S3, KMS: {@link com.benchcrm.blob.BlobUnavailableException},
 * after the SDK's own retries) is rethrown instead, so the Lambda runtime retries the event (and,
 * after its retries, puts it on the function's on-failure destination, which is alarmed).
 *
 * <pre>{@code
 * Delivery d = delivery.deliver(arrival, traceId);
 * }</pre>
 */
public final class MailDelivery {

    public static final String ACTOR = "system:email-ingest";
    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

    /** What happened to one arrival: ingested (with the report) or dead-lettered (with the reason). */
    public record Delivery(String key, String tenant, String status, String reason, IngestReport report) {
    }

    private final TenantDirectory tenants;
    private final BlobStore blobs;
    private final InboxIngest inbox;
    private final DeadLetters deadLetters;
    private final String ingestDomain;
    private final Clock clock;

    public MailDelivery(TenantDirectory tenants, BlobStore blobs, InboxIngest inbox, DeadLetters deadLetters, String ingestDomain,
                        Clock clock) {
        this.tenants = tenants;
        this.blobs = blobs;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.ingestDomain = ingestDomain;
        this.clock = clock;
    }

    public Delivery deliver(MailArrival arrival, String traceId) {
        String recipient = arrival.recipients().isEmpty() ? null : arrival.recipients().get(0);
        Optional<TenantSlug> slug = IngestAddress.tenantOf(arrival.recipients(), ingestDomain);
        if (slug.isEmpty() && arrival.slugFromKey() != null) {
            try {
                slug = Optional.of(new TenantSlug(arrival.slugFromKey()));
            } catch (IllegalArgumentException e) {
                slug = Optional.empty();
            }
        }
        if (slug.isEmpty()) {
            return dead(arrival, null, "unknown-tenant", "no tenant ingest address among the recipients " + arrival.recipients()
                    + " and no raw/<tenant>/ key", recipient, traceId);
        }
        if ("FAIL".equalsIgnoreCase(arrival.virusVerdict())) {
            return dead(arrival, slug.get().value(), "virus-verdict-fail", "SES marked the message as carrying a virus; not opened",
                    recipient, traceId);
        }
        Optional<TenantId> tenant;
        try {
            tenant = tenants.resolve(slug.get());
        } catch (TransientPersistenceException e) {
            throw e;
        }
        if (tenant.isEmpty()) {
            return dead(arrival, slug.get().value(), "unknown-tenant", "no active tenant '" + slug.get().value() + "'", recipient, traceId);
        }
        try {
            Optional<byte[]> raw = blobs.get(arrival.key()); // BlobUnavailableException: rethrown below, retried
            if (raw.isEmpty()) {
                return dead(arrival, slug.get().value(), "raw-message-missing", "nothing at " + blobs.describe(arrival.key()), recipient,
                        traceId);
            }
            Caller caller = new Caller(tenant.get(), ACTOR, Set.of(Role.Recruiter), traceId);
            IngestReport report = inbox.ingest(caller, new InboundMail(raw.get(), arrival.key(), arrival.channel(),
                    arrival.receivedAt() == null ? clock.instant() : arrival.receivedAt()));
            return new Delivery(arrival.key(), slug.get().value(), "INGESTED", report.reason(), report);
        } catch (TransientPersistenceException | com.benchcrm.blob.BlobUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // no message text in the log (it may quote the mail); the dead letter carries it
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            LOG.error("message {} could not be ingested: {} at {}", arrival.key(), e.getClass().getName(), at);
            return dead(arrival, slug.get().value(), "processing-failed", e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + abbreviate(e.getMessage())), recipient, traceId);
        }
    }

    private Delivery dead(MailArrival arrival, String tenant, String reason, String detail, String recipient, String traceId) {
        LOG.warn("dead letter {} for {}", reason, arrival.key());
        deadLetters.send(new DeadLetter(reason, detail, arrival.key(), recipient, arrival.messageId(), traceId, clock.instant()));
        return new Delivery(arrival.key(), tenant, "DEAD_LETTERED", reason + ": " + detail, null);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }
}
