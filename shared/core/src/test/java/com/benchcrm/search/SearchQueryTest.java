package com.benchcrm.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.vector.EntityKind;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void parse_defaultsToConsultants_twentyResults_andReadsEveryFilter() {
        SearchQuery q = SearchQuery.parse(
                Map.of("q", "  kafka  ", "state", "tx", "workAuthorization", "h1b", "availableBy", "2027-01-04")::get);
        assertThat(q.text()).isEqualTo("kafka");
        assertThat(q.kind()).isEqualTo(EntityKind.CONSULTANT);
        assertThat(q.limit()).isEqualTo(20);
        assertThat(q.state()).isEqualTo("TX");
        assertThat(q.workAuthorization()).isEqualTo(WorkAuthorization.H1B);
        assertThat(q.availableBy()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void parse_badValues_nameTheParameter() {
        Map<String, Map<String, String>> cases = Map.of(
                "q", Map.of("q", " "),
                "type", Map.of("q", "x", "type", "vendor"),
                "limit", Map.of("q", "x", "limit", "51"),
                "workAuthorization", Map.of("q", "x", "workAuthorization", "alien"),
                "availableBy", Map.of("q", "x", "availableBy", "2027-13-01"),
                "status", Map.of("q", "x", "status", "OPEN"));
        cases.forEach((param, query) -> assertThatThrownBy(() -> SearchQuery.parse(query::get))
                .as(param)
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.parameter()).isEqualTo(param)));
        assertThatThrownBy(() -> SearchQuery.parse(Map.of("q", "x".repeat(501))::get))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void skillKeys_findTaxonomySkillsInWordsAndPairs_andIgnoreExclusions() {
        assertThat(HybridSearch.skillKeys("k8s and spring boot -php"))
                .contains("kubernetes")
                .anyMatch(k -> k.contains("spring"))
                .doesNotContain("php");
    }
}
