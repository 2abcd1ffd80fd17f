package com.benchcrm.common;

import java.util.Locale;

/**
 * The key under which a skill is stored and compared. The skill-taxonomy issue replaces this with
 * alias-aware normalization; until then two spellings are the same skill when they differ only in
 * case and spacing.
 */
public final class SkillNames {

    private SkillNames() {
    }

    public static String key(String displayName) {
        return displayName.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
