package com.benchcrm.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.extraction.ResumeExtraction;
import com.benchcrm.extraction.Sourced;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The consultant's years (stated, else counted from dated positions) against the stated totals (ADR 0121). */
class ResumeScoresTest {

    private static ResumeExtraction stating(String years) {
        return new ResumeExtraction(
                null,
                null,
                null,
                List.of(),
                List.of(),
                years == null ? null : Sourced.of(new BigDecimal(years), years + " years of experience"),
                null,
                null,
                null,
                "rules",
                null,
                null,
                null,
                List.of());
    }

    private static ObjectNode gold(String years) {
        ObjectNode g = new ObjectMapper().createObjectNode();
        if (years == null) {
            g.putNull("yearsExperience");
        } else {
            g.put("yearsExperience", new BigDecimal(years));
        }
        return g;
    }

    @Test
    void theStatedTotalWins_theCountedOneFillsAGap_andIsWrongWhenOffByMoreThanHalfAYear() {
        ResumeScores s = new ResumeScores();
        s.add("stated", gold("8"), stating("8"), new BigDecimal("3.1")); // stated, right: counted ignored
        s.add("counted-near", gold("5"), stating(null), new BigDecimal("5.4")); // none stated, counted within 0.5
        s.add("counted-far", gold("5"), stating(null), new BigDecimal("6.2")); // none stated, counted off by 1.2
        s.add("nothing", gold("4"), stating(null), null); // neither
        s.add("none-stated", gold(null), stating(null), new BigDecimal("2")); // the label says no total

        FieldScores.Count years = s.count("years");
        assertThat(years.tp()).isEqualTo(1);
        assertThat(years.fp()).isZero();
        assertThat(years.fn()).isEqualTo(3);

        FieldScores.Count product = s.count("yearsOrCounted");
        assertThat(product.tp()).isEqualTo(2);
        assertThat(product.fp()).isEqualTo(2); // counted-far and none-stated
        assertThat(product.fn()).isEqualTo(2); // counted-far and nothing
    }
}
