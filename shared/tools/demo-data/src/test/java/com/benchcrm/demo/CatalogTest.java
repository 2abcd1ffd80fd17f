package com.benchcrm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.SkillNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void skillNames_acrossCatalog_oneSpellingPerSkillKey() {
        Map<String, String> spelling = new HashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (RoleFamily f : RoleFamily.values()) {
            List<String> all = new ArrayList<>(f.pool);
            all.addAll(f.niche);
            all.addAll(f.extras);
            f.tracks.forEach(t -> {
                all.addAll(t.core());
                all.addAll(t.pool());
            });
            for (String s : all) {
                String previous = spelling.putIfAbsent(SkillNames.key(s), s);
                if (previous != null && !previous.equals(s)) {
                    conflicts.add(previous + " / " + s);
                }
                assertThat(s.length()).isLessThanOrEqualTo(100);
            }
        }
        assertThat(conflicts).isEmpty();
    }

    @Test
    void families_eachTrack_hasEnoughSkillsForATwelveSkillProfile() {
        for (RoleFamily f : RoleFamily.values()) {
            for (Track t : f.tracks) {
                assertThat(f.vocabulary(t).size() + f.extras.size())
                        .as(t.title())
                        .isGreaterThanOrEqualTo(14);
                assertThat(f.niche).as(f.name()).isNotEmpty();
                assertThat(f.pitches).as(f.name()).isNotEmpty();
            }
            assertThat(f.c2cMin).isLessThan(f.c2cMax);
        }
    }

    @Test
    void names_builtInLists_areSizedAndUniqueAsEmailParts() {
        assertThat(Catalog.FIRST_NAMES).hasSize(80).doesNotHaveDuplicates();
        assertThat(Catalog.LAST_NAMES).hasSize(80).doesNotHaveDuplicates();
        assertThat(Catalog.FIRST_NAMES.stream().map(CatalogTest::emailPart).toList())
                .doesNotHaveDuplicates();
        assertThat(Catalog.LAST_NAMES.stream().map(CatalogTest::emailPart).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void places_andClients_areBuiltIn() {
        assertThat(Catalog.METROS).hasSize(40);
        assertThat(Catalog.METROS).allSatisfy(m -> assertThat(m.state()).matches("[A-Z]{2}"));
        assertThat(Catalog.CLIENTS).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Catalog.CLIENTS.stream().map(Catalog.Client::name).toList()).doesNotHaveDuplicates();
    }

    private static String emailPart(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
