package com.benchcrm.submission;

import com.benchcrm.common.Location;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementFingerprint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The duplicate-submission rule, as a pure function: an earlier submission of the same consultant,
 * sent within the window through any vendor, collides with a new one when it went to
 *
 * <ol>
 *   <li>the same requirement;</li>
 *   <li>the same requirement by its fingerprint: another requirement record with the same normalized
 *       title and client whose places overlap (what requirement dedupe compares, ADR 0021), as when a
 *       vendor re-posts a closed requirement;</li>
 *   <li>the same end client: both requirements link the same end client company, or (where either has no
 *       link) their normalized client names are equal and not empty.</li>
 * </ol>
 * Whatever became of the earlier submission (rejected, withdrawn) does not matter: the client has seen
 * the profile. DRAFTs were never sent and never collide.
 */
public final class DuplicateGuard {

    /** Which rule matched. */
    public enum Rule {
        SAME_REQUIREMENT("the same requirement"),
        SAME_REQUIREMENT_FINGERPRINT("the same requirement, posted again"),
        SAME_END_CLIENT("the same end client");

        private final String text;

        Rule(String text) {
            this.text = text;
        }

        public String describe() {
            return text;
        }
    }

    /** One earlier submission that collides, with the vendor it went through. */
    public record Conflict(
            UUID submissionId,
            UUID requirementId,
            String requirementTitle,
            String endClient,
            UUID vendorCompanyId,
            String vendorName,
            Instant submittedAt,
            SubmissionStatus status,
            Rule rule) {}

    private DuplicateGuard() {}

    /**
     * The earlier submissions among {@code sent} that collide with a submission to {@code target}.
     *
     * @param sent         the consultant's submissions sent within the window (the new one itself is skipped)
     * @param requirements the requirements of {@code sent}, by id (a deleted one is skipped unless it is the same id)
     * @param vendorNames  vendor company names by id
     */
    public static List<Conflict> conflicts(
            UUID submissionId,
            Requirement target,
            List<Submission> sent,
            Map<UUID, Requirement> requirements,
            Map<UUID, String> vendorNames) {
        List<Conflict> out = new ArrayList<>();
        Key mine = Key.of(target);
        for (Submission s : sent) {
            if (s.id().equals(submissionId) || s.stages().submittedAt() == null) {
                continue;
            }
            Requirement other = requirements.get(s.requirementId());
            Optional<Rule> rule = rule(target.id(), mine, s.requirementId(), other == null ? null : Key.of(other));
            rule.ifPresent(r -> out.add(new Conflict(
                    s.id(),
                    s.requirementId(),
                    other == null ? null : other.title(),
                    other == null ? null : other.clientName(),
                    s.vendorCompanyId(),
                    s.vendorCompanyId() == null ? null : vendorNames.get(s.vendorCompanyId()),
                    s.stages().submittedAt(),
                    s.status(),
                    r)));
        }
        out.sort(java.util.Comparator.comparing(Conflict::submittedAt).reversed());
        return out;
    }

    static Optional<Rule> rule(UUID targetId, Key target, UUID otherId, Key other) {
        if (targetId.equals(otherId)) {
            return Optional.of(Rule.SAME_REQUIREMENT);
        }
        if (other == null) {
            return Optional.empty();
        }
        if (target.title().equals(other.title())
                && target.client().equals(other.client())
                && RequirementFingerprint.overlaps(target.places(), other.places())) {
            return Optional.of(Rule.SAME_REQUIREMENT_FINGERPRINT);
        }
        if (target.endClientId() != null && target.endClientId().equals(other.endClientId())) {
            return Optional.of(Rule.SAME_END_CLIENT);
        }
        boolean bothLinked = target.endClientId() != null && other.endClientId() != null;
        if (!bothLinked && !target.client().isEmpty() && target.client().equals(other.client())) {
            return Optional.of(Rule.SAME_END_CLIENT);
        }
        return Optional.empty();
    }

    /** What the rules compare of a requirement. */
    record Key(String title, String client, List<String> places, UUID endClientId) {

        static Key of(Requirement r) {
            Location l = r.location();
            String place = l == null ? "" : RequirementFingerprint.locationKey(l.city(), l.state(), l.country());
            return new Key(
                    RequirementFingerprint.key(r.title()),
                    RequirementFingerprint.key(r.clientName()),
                    place.isEmpty() ? List.of() : List.of(place),
                    r.chainOrEmpty().endClientId());
        }
    }
}
