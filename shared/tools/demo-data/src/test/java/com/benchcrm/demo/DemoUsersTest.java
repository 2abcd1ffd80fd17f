package com.benchcrm.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoUsersTest {

    @Test
    void spread_givesEveryConsultantAnOwner_andEachOwnerAnEqualShareGiveOrTakeOne() {
        List<String> bench = DemoData.generate().consultants().stream()
                .map(c -> c.externalId())
                .toList();

        Map<String, String> owners = DemoUsers.spread(bench, List.of("admin", "riley", "sam"));

        assertThat(owners.keySet()).containsExactlyElementsOf(bench);
        Map<String, Long> shares =
                owners.values().stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
        assertThat(shares).containsOnlyKeys("admin", "riley", "sam");
        long most = shares.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long least = shares.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(most - least).isLessThanOrEqualTo(1);
        assertThat(DemoUsers.spread(bench, List.of("admin", "riley", "sam"))).isEqualTo(owners);
    }

    @Test
    void spread_withoutOwners_isRefused_unlessThereIsNobodyToOwn() {
        assertThat(DemoUsers.spread(List.of(), List.of())).isEmpty();
        assertThatThrownBy(() -> DemoUsers.spread(List.of("bench-00001"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRecruiters_haveInventedAddresses() {
        assertThat(DemoUsers.RECRUITERS)
                .isNotEmpty()
                .allSatisfy(u -> assertThat(u.email()).endsWith("@example.com"))
                .extracting(DemoUsers.DemoUser::role)
                .containsOnly("Recruiter");
    }

    @Test
    void theAdmin_hasAnInventedAddressAndAName_apartFromTheRecruiters() {
        assertThat(DemoUsers.ADMIN.email()).endsWith("@example.com");
        assertThat(DemoUsers.ADMIN.role()).isEqualTo("Admin");
        assertThat(DemoUsers.ADMIN.name()).isNotBlank();
        assertThat(DemoUsers.RECRUITERS).extracting(DemoUsers.DemoUser::email).doesNotContain(DemoUsers.ADMIN.email());
        assertThat(DemoUsers.RECRUITERS).extracting(DemoUsers.DemoUser::name).doesNotContain(DemoUsers.ADMIN.name());
    }
}
