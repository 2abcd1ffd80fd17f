package com.benchcrm.eval.extraction;

import com.benchcrm.skills.Skill;
import com.benchcrm.skills.SkillKeys;
import com.benchcrm.skills.SkillTaxonomy;
import java.util.Optional;

/** The version written after a skill name ("Java 8", "Angular 2+", "Oracle 11g", "Python 3.x"), as the labels hold it. */
final class Versions {

    private Versions() {}

    /** The version of a skill-list item, or null when it names none (or the name without it is another skill). */
    static String of(String item) {
        String t = item.trim();
        String base = SkillKeys.withoutVersion(t);
        if (base.equals(t) || base.isEmpty()) {
            return null;
        }
        SkillTaxonomy tax = SkillTaxonomy.standard();
        Optional<Skill> whole = tax.find(t);
        Optional<Skill> bare = tax.find(base);
        if (bare.isEmpty()
                || whole.isEmpty()
                || !bare.get().id().equals(whole.get().id())) {
            return null;
        }
        return clean(t.substring(base.length()));
    }

    /** "  v3.x+" is "3.x"; "-8" is "8". */
    static String clean(String v) {
        String s = v.trim().replaceAll("^[\\s\\-_]+", "").replaceAll("\\+$", "").trim();
        if (s.toLowerCase(java.util.Locale.ROOT).startsWith("v") && s.length() > 1 && Character.isDigit(s.charAt(1))) {
            s = s.substring(1);
        }
        return s.isEmpty() ? null : s;
    }
}
