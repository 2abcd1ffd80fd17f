package com.benchcrm.skills;

import java.util.regex.Pattern;

/**
 * A skill found in running text.
 *
 * @param skill the canonical skill
 * @param start offset of the first character of the matched text
 * @param end   offset after the last character
 * @param text  the text as written ({@code k8s}, {@code Sales force})
 */
public record SkillMention(Skill skill, int start, int end, String text) {

    /** Words for a person in a job ("Developer", "Administrator"): in a title they name the job, never a skill. */
    public static final Pattern JOB_WORD =
            Pattern.compile("(?i)\\b(developers?|engineers?|administrators?|admins?|analysts?|architects?|consultants?"
                    + "|managers?|leads?|testers?|designers?|scientists?|specialists?|programmers?|technicians?|coordinators?|directors?|officers?"
                    + "|owners?|masters?|writers?|recruiters?|experts?|associates?|accountants?|auditors?|modell?ers?|stewards?|strategists?"
                    + "|trainers?|interns?)\\b");

    /** "Certified", "certification": a credential's name ("Certified Scrum Master", "AWS Certified Solutions Architect"). */
    private static final Pattern CREDENTIAL = Pattern.compile("(?i)\\bcertifi");

    /**
     * Whether the text as written holds a word for a person in a job ("Developer" read as Software Development); a
     * credential's name ("ServiceNow Certified System Administrator", "Certified Scrum Master") names no job.
     */
    public boolean namesAJob() {
        return JOB_WORD.matcher(text).find() && !CREDENTIAL.matcher(text).find() && !namesAProduct();
    }

    /** Kinds of skill that are ways of working, which a job word beside them names a person doing. */
    private static final java.util.Set<String> WAYS_OF_WORKING =
            java.util.Set.of("technique", "methodology", "practice");

    /**
     * A product whose own name holds a job word: "Adobe Experience Manager", "Azure Resource Manager", "Google Tag
     * Manager" (the skill's name holds it), "Workday Report Writer" (the text starts with the product's platform). Not
     * "Scrum Master" or "Business Analyst" (ways of working, Scrum and Business Analysis), nor "SQL Developer" (a job
     * that the Oracle SQL Developer tool also names, written without its vendor).
     */
    private boolean namesAProduct() {
        if (skill.generic() || WAYS_OF_WORKING.contains(skill.category())) {
            return false;
        }
        if (JOB_WORD.matcher(skill.name()).find()) {
            return true;
        }
        String slug = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return skill.parentId() != null && slug.startsWith(skill.parentId() + "-");
    }
}
