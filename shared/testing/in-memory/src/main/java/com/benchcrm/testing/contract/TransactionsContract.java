package com.benchcrm.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.audit.AuditEntry;
import com.benchcrm.audit.AuditQuery;
import com.benchcrm.consultant.ConsultantRepository;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.TenantRequiredException;
import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link com.benchcrm.persistence.Transactions} guarantees: all or nothing, and no tenant, no data. */
public abstract class TransactionsContract {

    protected abstract Stores stores();

    @Test
    void inTenant_workThrows_everyWriteOfTheUnitIsRolledBack() {
        Stores s = stores();
        TenantId tenant = s.newTenant();
        UUID id = Samples.id();
        UUID auditId = Samples.id();

        assertThatThrownBy(() -> s.transactions().inTenant(tenant, (Tx tx) -> {
                    s.consultants().insert(tx, id, Samples.consultant("Ana Half", null), Instant.now());
                    s.audit()
                            .append(
                                    tx,
                                    new AuditEntry(
                                            auditId,
                                            Instant.now(),
                                            "u1",
                                            "consultant.created",
                                            "consultant",
                                            id,
                                            null,
                                            "h",
                                            "t"),
                                    Map.of());
                    throw new IllegalStateException("the use case failed half way");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(s.transactions().inTenant(tenant, (Tx tx) -> s.consultants().find(tx, id)))
                .isEmpty();
        assertThat(s.transactions()
                        .inTenant(
                                tenant,
                                (Tx tx) -> s.audit()
                                        .find(
                                                tx,
                                                new AuditQuery(
                                                        Optional.empty(),
                                                        Optional.empty(),
                                                        Optional.empty(),
                                                        Optional.empty()),
                                                Optional.empty(),
                                                10)))
                .isEmpty();
    }

    @Test
    void inTenant_duplicateKey_isADuplicateKeyExceptionNamingTheKey_andTheUnitIsRolledBack() {
        Stores s = stores();
        TenantId tenant = s.newTenant();
        UUID first = Samples.id();
        s.transactions().inTenant(tenant, (Tx tx) -> {
            s.consultants().insert(tx, first, Samples.consultant("Bo First", "bo@example.com"), Instant.now());
            return null;
        });
        UUID other = Samples.id();
        UUID second = Samples.id();

        assertThatThrownBy(() -> s.transactions().inTenant(tenant, (Tx tx) -> {
                    s.consultants().insert(tx, other, Samples.consultant("Cy Other", "cy@example.com"), Instant.now());
                    s.consultants()
                            .insert(tx, second, Samples.consultant("Bo Second", "BO@example.com"), Instant.now());
                    return null;
                }))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> {
                    assertThat(e.key()).isEqualTo(ConsultantRepository.EMAIL_KEY);
                    assertThat(e.getMessage()).doesNotContain("bo@example.com");
                });
        assertThat(s.transactions().inTenant(tenant, (Tx tx) -> s.consultants().find(tx, other)))
                .isEmpty();
    }

    @Test
    void inTenant_withoutATenant_failsClosed() {
        assertThatThrownBy(() -> stores().transactions().inTenant(null, (Tx tx) -> "never"))
                .isInstanceOf(TenantRequiredException.class);
    }

    @Test
    void withoutTenant_tenantData_isRefused() {
        Stores s = stores();
        assertThatThrownBy(() -> s.transactions()
                        .withoutTenant((Tx tx) -> s.consultants().find(tx, Samples.id())))
                .isInstanceOf(TenantRequiredException.class);
    }

    @Test
    void inTenant_returnsTheWorksResult_andCommits() {
        Stores s = stores();
        TenantId tenant = s.newTenant();
        UUID id = Samples.id();
        String result = s.transactions().inTenant(tenant, (Tx tx) -> {
            s.consultants().insert(tx, id, Samples.consultant("Di Commit", null), Instant.now());
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(s.transactions().inTenant(tenant, (Tx tx) -> s.consultants().find(tx, id)))
                .isPresent();
    }
}
