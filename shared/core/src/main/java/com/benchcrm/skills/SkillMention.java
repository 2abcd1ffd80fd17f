package com.benchcrm.skills;

/**
 * A skill found in running text.
 *
 * @param skill the canonical skill
 * @param start offset of the first character of the matched text
 * @param end   offset after the last character
 * @param text  the text as written ({@code k8s}, {@code Sales force})
 */
public record SkillMention(Skill skill, int start, int end, String text) {}
