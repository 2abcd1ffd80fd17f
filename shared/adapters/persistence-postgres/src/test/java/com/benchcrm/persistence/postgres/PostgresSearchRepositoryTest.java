package com.benchcrm.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.search.SearchQuery;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The search filters become bound parameters, never SQL text built from the caller's values. */
class PostgresSearchRepositoryTest {

    @Test
    void filter_isParameterizedSql_neverTheValuesThemselves() {
        SearchQuery q = SearchQuery.parse(Map.of("q", "x", "state", "TX", "workAuthorization", "H1B")::get);
        PostgresSearchRepository.Filter f = PostgresSearchRepository.filter(q);
        assertThat(f.where()).contains(":f_state", ":f_auth").doesNotContain("TX", "H1B");
        assertThat(f.params().asMap()).containsEntry("f_state", "TX").containsEntry("f_auth", "H1B");
    }

    @Test
    void filter_requirementQuery_filtersStatusAndWorkMode() {
        SearchQuery q =
                SearchQuery.parse(Map.of("q", "x", "type", "requirement", "status", "open", "workMode", "remote")::get);
        PostgresSearchRepository.Filter f = PostgresSearchRepository.filter(q);
        assertThat(f.where()).contains("e.status = :f_status", "e.work_mode = :f_mode");
        assertThat(f.params().asMap()).containsEntry("f_status", "OPEN").containsEntry("f_mode", "REMOTE");
    }
}
