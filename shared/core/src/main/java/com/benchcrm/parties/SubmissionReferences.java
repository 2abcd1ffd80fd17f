package com.benchcrm.parties;

import com.benchcrm.persistence.Tx;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: what a submission or an RTR refers to, looked up in the {@link Tx}'s tenant (another
 * tenant's id finds nothing): consultants, requirements, vendor companies and their contacts, and
 * recommendations.
 */
public interface SubmissionReferences {

    /** A company, by id and name. */
    record CompanyRef(UUID id, String name) {}

    /** A contact and the company it works for (null when unknown). */
    record ContactRef(UUID id, UUID companyId, String fullName) {}

    /** A stored recommendation: which consultant for which requirement, and how it was scored. */
    record RecommendationRef(
            UUID id, UUID requirementId, UUID consultantId, double matchScore, double successProbability) {}

    boolean consultantExists(Tx tx, UUID id);

    /** The consultant's full name (what a calendar entry shows). */
    Optional<String> consultantName(Tx tx, UUID id);

    boolean requirementExists(Tx tx, UUID id);

    Optional<CompanyRef> company(Tx tx, UUID id);

    /** The companies among {@code ids} that exist. */
    Map<UUID, CompanyRef> companies(Tx tx, Collection<UUID> ids);

    Optional<ContactRef> contact(Tx tx, UUID id);

    Optional<RecommendationRef> recommendation(Tx tx, UUID id);

    /** The consultant with this external id (what an import refers to). */
    Optional<UUID> consultantByExternalId(Tx tx, String externalId);

    /** The requirement with this external reference (what an import refers to). */
    Optional<UUID> requirementByExternalRef(Tx tx, String externalRef);
}
