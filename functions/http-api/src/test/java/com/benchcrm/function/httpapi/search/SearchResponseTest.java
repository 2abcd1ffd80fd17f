package com.benchcrm.function.httpapi.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.benchcrm.search.SearchHit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SearchResponseTest {

    @Test
    void hits_roundTheScoreToSixPlacesAndTheSimilarityToFour_andLeaveOutWhatOneRankingDidNotFind() {
        UUID id = UUID.fromString("0193f7a5-0000-7000-8000-000000000004");
        List<SearchHit> hits = List.of(
                new SearchHit("consultant", id, "Avery Example", "Lead Java Developer", 0.0327868852, 1, 2, 0.812345),
                new SearchHit("consultant", id, "Blake Example", null, 0.016393, 3, null, null));

        assertThat(Json.write(SearchResponse.of(hits))).isEqualTo("""
                {"items":[{"kind":"consultant","id":"0193f7a5-0000-7000-8000-000000000004","title":"Avery Example",\
                "subtitle":"Lead Java Developer","score":0.032787,"textRank":1,"vectorRank":2,"similarity":0.8123},\
                {"kind":"consultant","id":"0193f7a5-0000-7000-8000-000000000004","title":"Blake Example","score":0.016393,"textRank":3}]}""");
    }
}
