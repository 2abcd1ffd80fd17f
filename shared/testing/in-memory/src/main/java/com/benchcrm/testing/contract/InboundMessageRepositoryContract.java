package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.ingest.Channel;
import com.benchcrm.ingest.InboundMessageRepository;
import com.benchcrm.ingest.IngestOutcome;
import com.benchcrm.ingest.IngestReport;
import com.benchcrm.ingest.MailKind;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.ImportedRequirement;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link InboundMessageRepository} does, PostgreSQL or in memory. */
public abstract class InboundMessageRepositoryContract {

    protected abstract Stores stores();

    private InboundMessageRepository.NewMessage message(String sha, String messageId) {
        return new InboundMessageRepository.NewMessage(
                Samples.id(),
                sha,
                messageId,
                "raw/acme/1",
                Channel.SES,
                "pat@vendor.example",
                "Pat",
                "pat@vendor.example",
                "Req: Java developer",
                Instant.parse("2026-11-22T08:00:00Z"),
                2048,
                MailKind.REQUIREMENT,
                List.of("no text part"),
                "trace-3",
                Instant.now());
    }

    private void insert(TenantId tenant, InboundMessageRepository.NewMessage m) {
        stores().transactions().inTenant(tenant, (Tx tx) -> {
            stores().inboundMessages().insert(tx, m);
            return null;
        });
    }

    @Test
    void aCompletedMessage_isFoundBySha_andByMessageId_withItsReport() {
        TenantId tenant = stores().newTenant();
        String sha = "a".repeat(63) + "1";
        InboundMessageRepository.NewMessage m = message(sha, "<m-" + UUID.randomUUID() + "@vendor.example>");
        insert(tenant, m);
        assertThat(stores().transactions()
                        .inTenant(tenant, (Tx tx) -> stores().inboundMessages().reportByRawSha256(tx, sha)))
                .as("no report before the outcome is recorded")
                .isEmpty();
        IngestReport report = new IngestReport(
                m.id(),
                MailKind.REQUIREMENT,
                IngestOutcome.IMPORTED,
                "1 requirement(s) created",
                List.of(new ImportedRequirement(UUID.randomUUID(), "Java Developer", true, true, 1)),
                List.of(),
                List.of("no text part"),
                "rules",
                null,
                List.of(),
                false);

        stores().transactions().inTenant(tenant, (Tx tx) -> {
            stores().inboundMessages()
                    .insertAttachment(
                            tx,
                            new InboundMessageRepository.NewAttachment(
                                    Samples.id(),
                                    m.id(),
                                    "cv.pdf",
                                    "application/pdf",
                                    "PDF",
                                    1000,
                                    "b".repeat(64),
                                    null,
                                    "not a resume",
                                    Instant.now()));
            stores().inboundMessages()
                    .complete(
                            tx,
                            m.id(),
                            IngestOutcome.IMPORTED,
                            report.reason(),
                            Map.of("engine", "rules"),
                            report,
                            List.of(report.requirements().get(0).id()),
                            List.of());
            return null;
        });

        assertThat(stores().transactions()
                        .inTenant(tenant, (Tx tx) -> stores().inboundMessages().reportByRawSha256(tx, sha)))
                .contains(report);
        assertThat(stores().transactions()
                        .inTenant(tenant, (Tx tx) -> stores().inboundMessages().reportByMessageId(tx, m.messageId())))
                .contains(report);
        assertThat(stores().transactions()
                        .inTenant(
                                stores().newTenant(),
                                (Tx tx) -> stores().inboundMessages().reportByRawSha256(tx, sha)))
                .isEmpty();
    }

    @Test
    void theSameRawContentTwice_breaksTheRawKey() {
        TenantId tenant = stores().newTenant();
        String sha = "c".repeat(64);
        insert(tenant, message(sha, null));

        assertThatThrownBy(() -> insert(tenant, message(sha, null)))
                .isInstanceOfSatisfying(
                        DuplicateKeyException.class,
                        e -> assertThat(e.key()).isEqualTo(InboundMessageRepository.RAW_KEY));
        insert(stores().newTenant(), message(sha, null));
    }
}
