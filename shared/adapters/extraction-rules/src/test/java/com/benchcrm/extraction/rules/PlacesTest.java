package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ExtractedLocation;
import org.junit.jupiter.api.Test;

class PlacesTest {

    @Test
    void aCityNamedLikeItsState_writtenOut_isTheCity() {
        assertThat(Places.parse("New York, New York", "Location: New York, New York"))
                .singleElement()
                .extracting(ExtractedLocation::city, ExtractedLocation::state)
                .containsExactly("New York", "NY");
        assertThat(Places.parse("New York, NY", "x"))
                .singleElement()
                .extracting(ExtractedLocation::city, ExtractedLocation::state)
                .containsExactly("New York", "NY");
    }

    @Test
    void twoDifferentStates_stayTwoStates() {
        assertThat(Places.parse("Texas, Ohio", "x"))
                .extracting(ExtractedLocation::city, ExtractedLocation::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, "TX"),
                        org.assertj.core.groups.Tuple.tuple(null, "OH"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}, {2}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "NYC | New York | NY",
                "Philly, PA | Philadelphia | PA",
                "Ft. Worth, TX | Fort Worth | TX",
                "Onsite in Austin, Texas | Austin | TX",
                "Hybrid - Charlotte, NC | Charlotte | NC",
                "100% remote from Denver, CO | Denver | CO",
                "St. Louis, MO | St. Louis | MO"
            })
    void recruitersSpellings_andAModeBeforeThePlace(String value, String city, String state) {
        assertThat(Places.parse(value, value))
                .singleElement()
                .extracting(ExtractedLocation::city, ExtractedLocation::state)
                .containsExactly(city, state);
    }
}
