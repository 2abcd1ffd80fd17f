package com.benchcrm.consultant;

import com.benchcrm.lifecycle.EntityRepository;
import com.benchcrm.persistence.Tx;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the tenant's consultants with their skills (in the order given). Unique keys:
 * {@code consultant_external_id_key} (external id) and {@code consultant_email_key} (e-mail,
 * case-insensitive).
 */
public interface ConsultantRepository extends EntityRepository<Consultant, ConsultantInput> {

    /** The unique key of the external id. */
    String EXTERNAL_ID_KEY = "consultant_external_id_key";
    /** The unique key of the e-mail address (case-insensitive). */
    String EMAIL_KEY = "consultant_email_key";

    /** The consultant with this e-mail address, compared case-insensitively. */
    Optional<UUID> findIdByEmail(Tx tx, String email);

    /**
     * Sets (or, with null, clears) the day the consultant came to the bench, bumps the version and
     * the update time. {@code daysOnBench} is read as the days from that day to the store's today.
     */
    void setOnBenchSince(Tx tx, UUID id, LocalDate since, Instant now);

    /** Replaces the record's tags (already {@link com.benchcrm.common.Tags#normalize normalized}), bumps its version and update time. */
    void setTags(Tx tx, UUID id, List<String> tags, java.time.Instant now);

    /** Up to {@code limit} records with ids below {@code before}, newest first, carrying {@code tag} when given. */
    List<Consultant> list(Tx tx, Optional<String> tag, Optional<UUID> before, int limit);
}
