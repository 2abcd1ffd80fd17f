package com.benchcrm.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.skills.Skill;
import com.benchcrm.skills.SkillTaxonomy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TaxonomyGeneratorTest {

    static Path mini() throws URISyntaxException {
        return Path.of(TaxonomyGeneratorTest.class.getResource("/mini-taxonomy").toURI());
    }

    static SkillTaxonomy generated(Path dir) throws IOException {
        return SkillTaxonomy.read(
                new ByteArrayInputStream(TaxonomyGenerator.generate(dir).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void generate_sameInputs_sameBytes() throws Exception {
        assertThat(TaxonomyGenerator.generate(mini())).isEqualTo(TaxonomyGenerator.generate(mini()));
    }

    @Test
    void generate_onetProducts_mergeIntoCuratedSkillsByVendorlessNameAndAcronym() throws Exception {
        SkillTaxonomy t = generated(mini());

        Skill java = t.find("Oracle Java").orElseThrow();
        assertThat(java.id()).isEqualTo("java");
        assertThat(java.hot()).isTrue();
        assertThat(t.find("JavaScript Object Notation").map(Skill::id)).contains("json");
        assertThat(t.find("Ant").map(Skill::id)).contains("ant");
    }

    @Test
    void generate_aPhraseEndingInCapitalsThatAreNotItsInitials_isNotAnAcronym() throws Exception {
        SkillTaxonomy t = generated(mini());

        assertThat(t.find("JS").map(Skill::id)).contains("javascript");
        assertThat(t.find("MTI Systems Costimator JS").map(Skill::id))
                .isNotEqualTo(t.find("JS").map(Skill::id));
    }

    @Test
    void generate_curatedAliasesWinOverGeneratedOnes() throws Exception {
        SkillTaxonomy t = generated(mini());

        assertThat(t.find("node").map(Skill::name)).contains("Node.js");
        assertThat(t.find("nodejs").map(Skill::name)).contains("Node.js");
    }

    @Test
    void generate_aLanguageWhoseAliasACuratedSkillClaimsAsAWord_keepsItsOwnName() throws Exception {
        SkillTaxonomy t = generated(mini());

        // linguist calls flex an alias of Lex; the curated list gives "!flex" to Apache Flex (ADR 0112)
        assertThat(t.find("Lex").map(Skill::id)).contains("lex");
        assertThat(t.find("flex").map(Skill::name)).contains("Apache Flex");
    }

    @Test
    void generate_productsKnownFromOneListAlone_areFlaggedObscure() throws Exception {
        String tsv = TaxonomyGenerator.generate(mini());

        assertThat(tsv.lines().filter(l -> l.startsWith("acme-widget-planner\t")))
                .singleElement()
                .satisfies(l -> assertThat(l.split("\t")[4]).contains("o"));
        assertThat(tsv.lines().filter(l -> l.startsWith("lex\t")))
                .singleElement()
                .satisfies(l -> assertThat(l.split("\t")[4]).contains("o"));
        assertThat(tsv.lines().filter(l -> l.startsWith("java\t")))
                .singleElement()
                .satisfies(l -> assertThat(l.split("\t")[4]).doesNotContain("o"));
    }

    @Test
    void generate_brandSpellingsOnlyRenameSkillsThatExist_brandsAloneAreNoSkills() throws Exception {
        SkillTaxonomy t = generated(mini());

        assertThat(t.find("widgetdb").map(Skill::name)).contains("WidgetDB");
        assertThat(t.find("Widget Database").map(Skill::name)).contains("WidgetDB");
        assertThat(t.find("Some Shoe Brand")).isEmpty();
        assertThat(t.find("Zig").map(Skill::category)).contains("language");
        assertThat(t.find("YAML").map(Skill::category)).contains("data"); // curated, not linguist's data type
    }

    @Test
    void generate_genericOnetDescriptions_becomeGenericPractices() throws Exception {
        Skill cost = generated(mini()).find("Cost accounting").orElseThrow();
        assertThat(cost.generic()).isTrue();
    }

    @Test
    void isAcronymOf_initialsAndInnerCapitals() {
        assertThat(TaxonomyGenerator.isAcronymOf("JSON", "JavaScript Object Notation"))
                .isTrue();
        assertThat(TaxonomyGenerator.isAcronymOf("J2EE", "Oracle Java 2 Platform Enterprise Edition"))
                .isTrue();
        assertThat(TaxonomyGenerator.isAcronymOf("EC2", "Amazon Elastic Compute Cloud"))
                .isTrue();
        assertThat(TaxonomyGenerator.isAcronymOf("XYZ", "Amazon Elastic Compute Cloud"))
                .isFalse();
        assertThat(TaxonomyGenerator.isAcronymOf("JS", "MTI Systems Costimator"))
                .isFalse();
    }

    /** The committed data file is exactly what the generator makes from the development sources. */
    @Test
    void committedDataFile_isWhatTheGeneratorMakes() throws Exception {
        Path root = Path.of(System.getProperty("benchcrm.repo.root", "../../.."));
        Path sources = root.resolve("../shared/data/taxonomy").normalize();
        Assumptions.assumeTrue(
                Files.isDirectory(sources),
                "skipped: the taxonomy sources are not at " + sources + " (a clone without ../shared)");
        String committed =
                Files.readString(root.resolve("shared/core/src/main/resources/com/benchcrm/skills/skill-taxonomy.tsv"));
        assertThat(TaxonomyGenerator.generate(sources))
                .as("run shared/tools/taxonomy-generator/generate")
                .isEqualTo(committed);
    }
}
