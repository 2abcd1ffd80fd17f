package com.benchcrm.matching;

import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementSkill;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The text that is embedded for a consultant or a requirement: what the work is about (title, skills,
 * summary or description), not who or where (no names, contacts, location or rate: those are scored
 * as factors, and a vector should not leak them). Both sides use the same layout, so similar work
 * reads similar.
 */
public final class ProfileText {

    private ProfileText() {}

    public static String of(Consultant c) {
        StringBuilder s = new StringBuilder();
        append(s, c.title());
        List<ConsultantSkill> skills = c.skills();
        if (!skills.isEmpty()) {
            append(
                    s,
                    "Skills: "
                            + skills.stream()
                                    .map(k -> k.years() == null
                                            ? k.name()
                                            : k.name() + " ("
                                                    + k.years()
                                                            .stripTrailingZeros()
                                                            .toPlainString() + " years)")
                                    .collect(Collectors.joining(", ")));
        }
        append(s, c.summary());
        return s.toString().strip();
    }

    public static String of(Requirement r) {
        StringBuilder s = new StringBuilder();
        append(s, r.title());
        List<String> required = r.skills().stream()
                .filter(k -> !Boolean.FALSE.equals(k.required()))
                .map(RequirementSkill::name)
                .toList();
        List<String> nice = r.skills().stream()
                .filter(k -> Boolean.FALSE.equals(k.required()))
                .map(RequirementSkill::name)
                .toList();
        if (!required.isEmpty()) {
            append(s, "Skills: " + String.join(", ", required));
        }
        if (!nice.isEmpty()) {
            append(s, "Nice to have: " + String.join(", ", nice));
        }
        append(s, r.description());
        return s.toString().strip();
    }

    /**
     * The requirement's words for the lexical candidate query (ADR 0075): its title and skill names only.
     * The description is left out: its common words ("the", "and", "experience") match most profiles
     * and made the full-text query the slowest step of a recommendation at 100k consultants.
     */
    public static String lexicalQuery(Requirement r) {
        StringBuilder s = new StringBuilder();
        append(s, r.title());
        append(
                s,
                String.join(
                        ", ", r.skills().stream().map(RequirementSkill::name).toList()));
        return s.toString().strip();
    }

    /**
     * The model key under which title vectors are kept beside the profile vectors of {@code modelKey}
     * (same model, its own field or index): the role factor compares titles by these.
     */
    public static String titleKey(String modelKey) {
        return modelKey + "+title";
    }

    /** The consultant's title as embedded for the role factor ({@link #role}), or null when there is none. */
    public static @Nullable String title(Consultant c) {
        return role(c.title());
    }

    /** The requirement's title as embedded for the role factor ({@link #role}), or null when there is none. */
    public static @Nullable String title(Requirement r) {
        return role(r.title());
    }

    /** Level words before the role ("Senior", "Sr.", "Jr", "Lead", "Principal", "Staff", "Mid-level", "Entry level"). */
    private static final Pattern LEVEL_BEFORE = Pattern.compile(
            "(?i)^(?:(?:senior|sr\\.?|junior|jr\\.?|lead|principal|staff|mid[- ]?level|entry[- ]level|experienced)"
                    + "(?:\\s*[-/,]\\s*|\\s+))+(?=\\S)");

    /** A numbered level after the role: "Administrator, Level 4", "Support Analyst (Tier 2)", "Analyst Grade III". */
    private static final Pattern LEVEL_AFTER =
            Pattern.compile("(?i)\\s*[-,(]?\\s*(?:level|tier|grade)\\s*(?:[1-5]|i{1,3}|iv)\\)?$");

    /** A bare level number right after a role noun: "Software Engineer II", "Analyst 3" (not "Python 3"). */
    private static final Pattern NUMBER_AFTER_ROLE = Pattern.compile(
            "(?i)\\b(engineer|developer|analyst|administrator|specialist|technician|architect|consultant|manager"
                    + "|programmer|associate|tester|designer|scientist)\\s+(?:[1-5]|i{1,3}|iv)$");

    /**
     * A title as the role factor compares it: the role without its level, since seniority is a factor of
     * its own (ADR 0110) and "Senior Security Engineer" should read closer to "Security Engineer" than to
     * "Senior Systems Engineer". A title that is only a level ("Senior", "Lead") stays as written; null or
     * blank gives null.
     */
    public static @Nullable String role(@Nullable String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        String r = LEVEL_BEFORE.matcher(t).replaceFirst("");
        String withoutNumber = NUMBER_AFTER_ROLE
                .matcher(LEVEL_AFTER.matcher(r).replaceFirst(""))
                .replaceFirst("$1")
                .strip();
        return withoutNumber.isBlank() || !withoutNumber.matches("(?s).*\\p{L}.*") ? t : withoutNumber;
    }

    private static void append(StringBuilder s, String part) {
        if (part == null || part.isBlank()) {
            return;
        }
        String p = part.strip();
        s.append(p);
        if (!p.endsWith(".")) {
            s.append('.');
        }
        s.append('\n');
    }
}
