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
        return JOB_WORD.matcher(text).find() && !CREDENTIAL.matcher(text).find();
    }
}
