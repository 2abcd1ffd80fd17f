package com.benchcrm.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillNamesTest {

    @Test
    void aliasesOfOneTaxonomySkillShareItsKeyAndUnknownNamesAreNormalized() {
        assertThat(SkillNames.key("k8s")).isEqualTo(SkillNames.key("Kubernetes"));
        assertThat(SkillNames.key("  Some   Inhouse\tTool ")).isEqualTo("some inhouse tool");
    }

    @Test
    void aRememberedKeyIsTheKeyComputedTheFirstTime() {
        String[] names = {"Java", "Spring Boot", "SFDC", "Totally Unknown Skill 42", "k8s"};
        String[] first = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            first[i] = SkillNames.key(names[i]);
        }
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < names.length; i++) {
                assertThat(SkillNames.key(names[i])).isEqualTo(first[i]);
            }
        }
        assertThat(SkillNames.key("SFDC")).isEqualTo("salesforce");
    }
}
