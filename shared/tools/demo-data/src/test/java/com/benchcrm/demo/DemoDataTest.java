package com.benchcrm.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.common.Json;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.requirement.RequirementInput;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoDataTest {

    @Test
    void generate_sameSeed_givesEqualDataAndIdenticalJson() {
        DemoDataSet a = DemoData.generate(7L, 200, 50);
        DemoDataSet b = DemoData.generate(7L, 200, 50);

        assertThat(a).isEqualTo(b);
        assertThat(Json.write(a)).isEqualTo(Json.write(b));
    }

    @Test
    void generate_differentSeeds_giveDifferentData() {
        DemoDataSet a = DemoData.generate(1L, 200, 50);
        DemoDataSet b = DemoData.generate(2L, 200, 50);

        assertThat(a.consultants()).isNotEqualTo(b.consultants());
        assertThat(a.requirements()).isNotEqualTo(b.requirements());
        assertThat(a.consultants().stream().map(ConsultantInput::fullName).toList())
                .isNotEqualTo(
                        b.consultants().stream().map(ConsultantInput::fullName).toList());
    }

    @Test
    void generate_withoutAnchor_usesDefaultAnchor() {
        assertThat(DemoData.generate(5L, 40, 10)).isEqualTo(DemoData.generate(5L, 40, 10, DemoData.DEFAULT_ANCHOR));
        assertThat(DemoData.generate())
                .isEqualTo(DemoData.generate(
                        DemoData.DEFAULT_SEED,
                        DemoData.DEFAULT_CONSULTANTS,
                        DemoData.DEFAULT_REQUIREMENTS,
                        DemoData.DEFAULT_ANCHOR));
    }

    @Test
    void generate_otherAnchor_movesDatesWithIt() {
        LocalDate anchor = LocalDate.of(2027, 3, 1);
        DemoDataSet data = DemoData.generate(3L, 200, 50, anchor);

        for (RequirementInput r : data.requirements()) {
            assertThat(r.startDate()).isBetween(anchor, anchor.plusWeeks(9));
            assertThat(r.externalRef()).startsWith("REQ-2027-");
        }
        for (ConsultantInput c : data.consultants()) {
            if (c.availability().availableFrom() != null) {
                assertThat(c.availability().availableFrom()).isBetween(anchor, anchor.plusDays(120));
            }
        }
    }

    @Test
    void generate_moreRequirements_keepsTheSameBench() {
        assertThat(DemoData.generate(9L, 100, 10).consultants())
                .isEqualTo(DemoData.generate(9L, 100, 40).consultants());
    }

    @ParameterizedTest
    @CsvSource({"200, 50", "2000, 500", "15, 5", "0, 3"})
    void generate_variousSizes_everyRecordValidates(int consultants, int requirements) {
        DemoDataSet data = DemoData.generate(DemoData.DEFAULT_SEED, consultants, requirements);

        assertThat(data.consultants()).hasSize(consultants);
        assertThat(data.requirements()).hasSize(requirements);
        for (ConsultantInput c : data.consultants()) {
            assertThatCode(c::validate).as(c.externalId()).doesNotThrowAnyException();
        }
        for (RequirementInput r : data.requirements()) {
            assertThatCode(r::validate).as(r.externalRef()).doesNotThrowAnyException();
        }
    }

    @Test
    void generate_largeSet_namesEmailsAndIdsAreUnique() {
        DemoDataSet data = DemoData.generate(11L, 2000, 500);

        assertThat(data.consultants()).extracting(ConsultantInput::fullName).doesNotHaveDuplicates();
        assertThat(data.consultants())
                .extracting(c -> c.email().toLowerCase(Locale.ROOT))
                .doesNotHaveDuplicates();
        assertThat(data.consultants()).extracting(ConsultantInput::externalId).doesNotHaveDuplicates();
        assertThat(data.requirements())
                .extracting(RequirementInput::externalRef)
                .doesNotHaveDuplicates();
    }

    @Test
    void generate_maxConsultants_allNameCombinationsUsedOnce() {
        DemoDataSet data = DemoData.generate(13L, DemoData.MAX_CONSULTANTS, 0);

        Set<String> names = new HashSet<>();
        data.consultants().forEach(c -> names.add(c.fullName()));
        assertThat(names).hasSize(DemoData.MAX_CONSULTANTS);
    }

    @Test
    void generate_contactDetails_areFictional() {
        DemoDataSet data = DemoData.generate(DemoData.DEFAULT_SEED, 500, 0);

        for (ConsultantInput c : data.consultants()) {
            assertThat(c.email()).matches("[a-z]+\\.[a-z]+[0-9]{1,2}@example\\.com");
            assertThat(c.phone()).matches("\\+1-[0-9]{3}-555-01[0-9]{2}");
            assertThat(c.externalId()).matches("bench-[0-9]{5}");
            String[] name = c.fullName().split(" ");
            assertThat(c.email()).startsWith(name[0].toLowerCase(Locale.ROOT) + ".");
        }
    }

    @Test
    void generate_externalRefs_followVendorStyle() {
        List<RequirementInput> reqs = DemoData.generate().requirements();

        assertThat(reqs.get(0).externalRef()).isEqualTo("REQ-2026-0001");
        assertThat(reqs.get(41).externalRef()).isEqualTo("REQ-2026-0042");
        assertThat(DemoData.generate().consultants().get(41).externalId()).isEqualTo("bench-00042");
    }

    @Test
    void generate_badSizes_areRejected() {
        assertThatThrownBy(() -> DemoData.generate(1L, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoData.generate(1L, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoData.generate(1L, DemoData.MAX_CONSULTANTS + 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoData.generate(1L, 1, 1, null)).isInstanceOf(NullPointerException.class);
    }
}
