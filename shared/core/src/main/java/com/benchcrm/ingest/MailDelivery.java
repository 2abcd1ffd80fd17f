package com.benchcrm.ingest;

import com.benchcrm.blob.BlobStore;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Role;
import com.benchcrm.persistence.TransientPersistenceException;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import java.time.Clock;
import java.time.Instant;
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
    private final java.util.function.Function<TenantId, com.benchcrm.tenancy.MailPolicy> mailPolicy;

    public MailDelivery(TenantDirectory tenants, BlobStore blobs, InboxIngest inbox, DeadLetters deadLetters, String ingestDomain,
                        Clock clock) {
        this(tenants, blobs, inbox, deadLetters, ingestDomain, clock, tenant -> com.benchcrm.tenancy.MailPolicy.DEFAULTS);
    }

    /** @param mailPolicy the tenant's verdict policy (the tenants file's {@code mail}; {@code TenantPolicies}) */
    public MailDelivery(TenantDirectory tenants, BlobStore blobs, InboxIngest inbox, DeadLetters deadLetters, String ingestDomain,
                        Clock clock, java.util.function.Function<TenantId, com.benchcrm.tenancy.MailPolicy> mailPolicy) {
        this.mailPolicy = mailPolicy;
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
        Optional<TenantId> tenant;
        try {
            tenant = tenants.resolve(slug.get());
        } catch (TransientPersistenceException e) {
            throw e;
        }
        if (tenant.isEmpty()) {
            if ("FAIL".equalsIgnoreCase(arrival.virusVerdict())) {
                return dead(arrival, slug.get().value(), "virus-verdict-fail", "SES marked the message as carrying a virus; not opened",
                        recipient, traceId);
            }
            return dead(arrival, slug.get().value(), "unknown-tenant", "no active tenant '" + slug.get().value() + "'", recipient, traceId);
        }
        Optional<java.util.Map.Entry<MailKind, String>> refusal = arrival.refusal(mailPolicy.apply(tenant.get()));
        if (refusal.isPresent()) {
            return refuse(arrival, slug.get().value(), tenant.get(), refusal.get().getKey(), refusal.get().getValue(), recipient, traceId);
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

    /**
     * A message its verdicts refuse: recorded as REJECTED with the reason in the tenant's inbox, never
     * ingested; a virus is also dead-lettered ({@code virus-verdict-fail}) and its raw bytes are not
     * read at all (the raw object stays in the store, quarantined by this record).
     */
    private Delivery refuse(MailArrival arrival, String slug, TenantId tenant, MailKind kind, String reason, String recipient,
                            String traceId) {
        Caller caller = new Caller(tenant, ACTOR, Set.of(Role.Recruiter), traceId);
        Instant received = arrival.receivedAt() == null ? clock.instant() : arrival.receivedAt();
        byte[] raw = new byte[0];
        if (kind != MailKind.VIRUS) {
            Optional<byte[]> read = blobs.get(arrival.key());
            if (read.isEmpty()) {
                return dead(arrival, slug, "raw-message-missing", "nothing at " + blobs.describe(arrival.key()), recipient, traceId);
            }
            raw = read.get();
        }
        IngestReport report = inbox.refuse(caller, new InboundMail(raw, arrival.key(), arrival.channel(), received), kind, reason);
        if (kind == MailKind.VIRUS) {
            dead(arrival, slug, "virus-verdict-fail", "SES marked the message as carrying a virus; not opened", recipient, traceId);
            return new Delivery(arrival.key(), slug, "DEAD_LETTERED", "virus-verdict-fail: " + reason, report);
        }
        return new Delivery(arrival.key(), slug, "REFUSED", reason, report);
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
