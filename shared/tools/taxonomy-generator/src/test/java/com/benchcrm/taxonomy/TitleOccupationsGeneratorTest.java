package com.benchcrm.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TitleOccupationsGeneratorTest {

    @Test
    void render_keepsTheStaffingGroups_ownTitleFirst_andDropsCaseDuplicates() {
        String text = TitleOccupationsGenerator.render(
                List.of(
                        "O*NET-SOC Code\tTitle\tDescription",
                        "15-1252.00\tSoftware Developers\tResearch, design, and develop.",
                        "29-1141.00\tRegistered Nurses\tAssess patient health."),
                List.of(
                        "O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)",
                        "15-1252.00\tSoftware Engineer\tn/a\t08",
                        "15-1252.00\tsoftware  engineer\tn/a\t10",
                        "15-1252.00\tSoftware Developers\tn/a\t10",
                        "29-1141.00\tStaff Nurse\tn/a\t08"));
        assertThat(text.lines().filter(l -> !l.startsWith("#")).toList())
                .containsExactly("15-1252.00\tSoftware Developers", "15-1252.00\tSoftware Engineer");
        assertThat(text).startsWith("# version=" + TitleOccupationsGenerator.VERSION + "\n");
    }

    /** The committed data file is exactly what the generator makes from the O*NET files. */
    @Test
    void committedDataFile_isWhatTheGeneratorMakes() throws Exception {
        Path root = Path.of(System.getProperty("benchcrm.repo.root", "../../.."));
        Path sources = root.resolve("../shared/data/taxonomy").normalize();
        Assumptions.assumeTrue(
                Files.isDirectory(sources),
                "skipped: the taxonomy sources are not at " + sources + " (a clone without ../shared)");
        String committed = Files.readString(
                root.resolve("shared/core/src/main/resources/com/benchcrm/matching/title-occupations.tsv"));
        assertThat(TitleOccupationsGenerator.generate(sources))
                .as("run shared/tools/taxonomy-generator/generate")
                .isEqualTo(committed);
    }
}
