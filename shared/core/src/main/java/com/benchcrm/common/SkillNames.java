package com.benchcrm.common;

import com.benchcrm.skills.SkillTaxonomy;
import java.util.Locale;

/**
 * The key under which a skill is stored and compared ({@code requirement_skill.skill_key},
 * {@code consultant_skill.skill_key}): the id of the canonical skill of the taxonomy when the name
 * is known ({@code k8s} and {@code Kubernetes} are both {@code kubernetes}, {@code SFDC} is
 * {@code salesforce}); otherwise the name in lower case with single spaces.
 */
public final class SkillNames {

    private SkillNames() {}

    public static String key(String displayName) {
        return SkillTaxonomy.standard()
                .find(displayName)
                .map(s -> s.id())
                .orElseGet(() -> displayName.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
}
