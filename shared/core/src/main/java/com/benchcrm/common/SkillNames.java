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

    /**
     * Names already keyed: the standard taxonomy is loaded once and never changes, so a name's key
     * never does either, and ranking asks for the same few hundred names thousands of times a
     * second (each candidate's skills, every run; ADR 0054). Bounded: past {@value #MEMO_LIMIT}
     * distinct names the rest are computed each time.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> MEMO =
            new java.util.concurrent.ConcurrentHashMap<>();

    static final int MEMO_LIMIT = 20_000;

    public static String key(String displayName) {
        String known = MEMO.get(displayName);
        if (known != null) {
            return known;
        }
        String key = compute(displayName);
        if (MEMO.size() < MEMO_LIMIT) {
            MEMO.putIfAbsent(displayName, key);
        }
        return key;
    }

    private static String compute(String displayName) {
        return SkillTaxonomy.standard()
                .find(displayName)
                .map(s -> s.id())
                .orElseGet(() -> displayName.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
}
