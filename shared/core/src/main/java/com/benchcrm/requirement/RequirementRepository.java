package com.benchcrm.requirement;

import com.benchcrm.lifecycle.EntityRepository;
import com.benchcrm.persistence.Tx;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Port: the tenant's requirements with their skills, and what dedupe keeps beside them (the
 * fingerprint of each imported requirement and its vendor sources). Unique keys:
 * {@code requirement_external_ref_key} and {@code requirement_dedupe_key}; one source per
 * requirement and vendor key.
 */
public interface RequirementRepository extends EntityRepository<Requirement, RequirementInput> {

    /** The unique key of the external reference. */
    String EXTERNAL_REF_KEY = "requirement_external_ref_key";

    /** A stored fingerprint: the requirement it belongs to and the places it covers so far. */
    record FingerprintMatch(UUID requirementId, List<String> locationKeys) {

        public FingerprintMatch {
            locationKeys = List.copyOf(locationKeys);
        }
    }

    /** The entities among {@code ids} that exist and have one of {@code statuses}. */
    List<Requirement> findMany(Tx tx, Collection<UUID> ids, Set<RequirementStatus> statuses);

    /**
     * Serializes imports of the same title and client in the tenant until the transaction ends
     * (PostgreSQL: a transaction-scoped advisory lock), so concurrent imports of one requirement
     * from several vendors make one requirement.
     */
    void lockFingerprint(Tx tx, RequirementFingerprint fingerprint);

    /**
     * The fingerprints with this title and client key whose requirement is open or on hold, by
     * requirement id.
     */
    List<FingerprintMatch> openWithSameTitleAndClient(Tx tx, RequirementFingerprint fingerprint);

    /** Stores the fingerprint of a newly imported requirement. */
    void insertFingerprint(Tx tx, UUID requirementId, RequirementFingerprint fingerprint);

    /** Replaces the places a stored fingerprint covers. */
    void updateFingerprintLocations(Tx tx, UUID requirementId, List<String> locationKeys);

    /** Sets the requirement's dedupe key unless another requirement of the tenant has it already. */
    void claimDedupeKey(Tx tx, UUID requirementId, String dedupeKey);

    /** Adds a vendor source; false (and nothing changed) when that vendor key is a source already. */
    boolean addSource(Tx tx, UUID sourceId, UUID requirementId, RequirementSource source);

    /** The requirement's sources, in the order received. */
    List<RequirementSource> sources(Tx tx, UUID requirementId);

    int countSources(Tx tx, UUID requirementId);

    /** Replaces the record's tags (already {@link com.benchcrm.common.Tags#normalize normalized}), bumps its version and update time. */
    void setTags(Tx tx, UUID id, List<String> tags, java.time.Instant now);

    /** Up to {@code limit} records with ids below {@code before}, newest first, carrying {@code tag} when given. */
    List<Requirement> list(Tx tx, Optional<String> tag, Optional<UUID> before, int limit);
}
