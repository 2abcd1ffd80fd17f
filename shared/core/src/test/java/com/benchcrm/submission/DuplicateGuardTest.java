package com.benchcrm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Location;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DuplicateGuardTest {

    static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    static Requirement requirement(String title, String client, String city, String state) {
        return new Requirement(
                UUID.randomUUID(),
                null,
                title,
                null,
                RequirementStatus.OPEN,
                new Location(city, state, "US"),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                client,
                List.of(),
                1,
                T,
                T,
                null,
                null,
                List.of(),
                List.of(),
                null,
                false,
                List.of(),
                null);
    }

    static Submission sent(UUID requirementId, UUID vendor, Instant at) {
        return new Submission(
                UUID.randomUUID(),
                UUID.randomUUID(),
                requirementId,
                vendor,
                null,
                null,
                SubmissionStatus.REJECTED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "u",
                new Submission.Stages(at, null, null, null, null, at, at),
                3,
                at,
                at);
    }

    @Test
    void sameRequirement_collides_namingTheVendor() {
        Requirement r = requirement("Java Developer", "Acme Bank", "Dallas", "TX");
        UUID vendor = UUID.randomUUID();
        Submission earlier = sent(r.id(), vendor, T);

        List<DuplicateGuard.Conflict> c = DuplicateGuard.conflicts(
                UUID.randomUUID(), r, List.of(earlier), Map.of(r.id(), r), Map.of(vendor, "Vendor One"));

        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(DuplicateGuard.Rule.SAME_REQUIREMENT);
            assertThat(x.submissionId()).isEqualTo(earlier.id());
            assertThat(x.vendorName()).isEqualTo("Vendor One");
        });
    }

    @Test
    void anotherRecordOfTheSameRequirement_collidesByFingerprint_evenWithoutAClient() {
        Requirement mine = requirement("Senior  Java Developer!", null, "Dallas", "TX");
        Requirement repost = requirement("senior java developer", null, null, "TX");

        List<DuplicateGuard.Conflict> c = DuplicateGuard.conflicts(
                UUID.randomUUID(),
                mine,
                List.of(sent(repost.id(), null, T)),
                Map.of(mine.id(), mine, repost.id(), repost),
                Map.of());

        assertThat(c)
                .extracting(DuplicateGuard.Conflict::rule)
                .containsExactly(DuplicateGuard.Rule.SAME_REQUIREMENT_FINGERPRINT);
    }

    @Test
    void sameTitleInAnotherState_withoutAClient_doesNotCollide() {
        Requirement mine = requirement("Java Developer", null, "Dallas", "TX");
        Requirement other = requirement("Java Developer", null, "Denver", "CO");

        assertThat(DuplicateGuard.conflicts(
                        UUID.randomUUID(),
                        mine,
                        List.of(sent(other.id(), null, T)),
                        Map.of(other.id(), other),
                        Map.of()))
                .isEmpty();
    }

    @Test
    void anotherRoleAtTheSameEndClient_collides_throughAnyVendor() {
        Requirement mine = requirement("Data Engineer", "Acme Bank, Inc", "Dallas", "TX");
        Requirement other = requirement("Kafka Developer", "ACME BANK INC", "Chicago", "IL");

        assertThat(DuplicateGuard.conflicts(
                        UUID.randomUUID(),
                        mine,
                        List.of(sent(other.id(), UUID.randomUUID(), T)),
                        Map.of(other.id(), other),
                        Map.of()))
                .extracting(DuplicateGuard.Conflict::rule)
                .containsExactly(DuplicateGuard.Rule.SAME_END_CLIENT);
    }

    static Requirement linked(String title, String client, UUID endClient) {
        Requirement r = requirement(title, client, "Dallas", "TX");
        return new Requirement(
                r.id(),
                null,
                title,
                null,
                RequirementStatus.OPEN,
                r.location(),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                client,
                List.of(),
                1,
                T,
                T,
                new com.benchcrm.requirement.RequirementChain(null, null, null, null, endClient),
                null,
                List.of(),
                List.of(),
                null,
                false,
                List.of(),
                null);
    }

    @Test
    void linkedEndClients_decideOverNames_theSameCompanyUnderAnotherName_collides() {
        UUID acme = UUID.randomUUID();
        Requirement mine = linked("Data Engineer", "Acme Bank", acme);
        Requirement other = linked("QA Lead", "ACME Financial Group", acme);
        Requirement namesake = linked("QA Lead", "Acme Bank", UUID.randomUUID());

        assertThat(DuplicateGuard.conflicts(
                        UUID.randomUUID(),
                        mine,
                        List.of(sent(other.id(), null, T)),
                        Map.of(other.id(), other),
                        Map.of()))
                .extracting(DuplicateGuard.Conflict::rule)
                .containsExactly(DuplicateGuard.Rule.SAME_END_CLIENT);
        assertThat(DuplicateGuard.conflicts(
                        UUID.randomUUID(),
                        mine,
                        List.of(sent(namesake.id(), null, T)),
                        Map.of(namesake.id(), namesake),
                        Map.of()))
                .as("two linked end clients that differ are two clients, whatever their names")
                .isEmpty();
    }

    @Test
    void otherClients_drafts_andTheSubmissionItself_doNotCollide() {
        Requirement mine = requirement("Data Engineer", "Acme Bank", "Dallas", "TX");
        Requirement other = requirement("Data Engineer", "Globex", "Dallas", "TX");
        Submission self = sent(mine.id(), null, T);
        Submission draft = new Submission(
                UUID.randomUUID(),
                UUID.randomUUID(),
                mine.id(),
                null,
                null,
                null,
                SubmissionStatus.DRAFT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "u",
                Submission.Stages.NONE,
                1,
                T,
                T);

        assertThat(DuplicateGuard.conflicts(
                        self.id(),
                        mine,
                        List.of(self, draft, sent(other.id(), null, T)),
                        Map.of(other.id(), other),
                        Map.of()))
                .isEmpty();
    }

    @Test
    void severalConflicts_newestFirst() {
        Requirement mine = requirement("Data Engineer", "Acme Bank", "Dallas", "TX");
        Submission older = sent(mine.id(), null, T.minusSeconds(86400 * 30));
        Requirement sibling = requirement("QA Lead", "Acme Bank", null, "NY");
        Submission newer = sent(sibling.id(), null, T);

        assertThat(DuplicateGuard.conflicts(
                        UUID.randomUUID(),
                        mine,
                        List.of(older, newer),
                        Map.of(mine.id(), mine, sibling.id(), sibling),
                        Map.of()))
                .extracting(DuplicateGuard.Conflict::submissionId)
                .containsExactly(newer.id(), older.id());
    }
}
