package com.benchcrm.rtr;

import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the {@link Tx}'s tenant's RTRs. A consultant's or requirement's deletion removes its RTRs. */
public interface RtrRepository {

    void insert(Tx tx, Rtr rtr);

    Optional<Rtr> find(Tx tx, UUID id);

    /** Locks the RTR against concurrent revocation until the transaction ends. */
    Optional<Rtr> findForUpdate(Tx tx, UUID id);

    /** Newest first, ids below {@code before}; each filter applies when given. */
    List<Rtr> list(Tx tx, Optional<UUID> consultantId, Optional<UUID> requirementId, Optional<UUID> before, int limit);

    /** Every RTR of this consultant for this requirement and vendor, newest first (valid or not). */
    List<Rtr> forSubmission(Tx tx, UUID consultantId, UUID requirementId, UUID vendorCompanyId);

    void revoke(Tx tx, UUID id, Instant at, String reason);
}
