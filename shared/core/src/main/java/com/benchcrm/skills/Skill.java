package com.benchcrm.skills;

import java.util.List;

/**
 * A canonical skill of the taxonomy.
 *
 * @param id       stable key ({@code kubernetes}, {@code csharp}, {@code dotnet-core}); what
 *                 {@code requirement_skill.skill_key} and {@code consultant_skill.skill_key} hold
 * @param name     the spelling a recruiter expects ({@code Kubernetes}, {@code C#}, {@code .NET Core})
 * @param category e.g. {@code language}, {@code framework}, {@code database}, {@code practice}
 * @param parentId the broader skill, or null ({@code spring-boot} has {@code spring})
 * @param hot      O*NET marks it a hot technology
 * @param generic  a broad practice or soft skill (Management, Communication) rather than a technology
 * @param aliases  other spellings, as written in the data file
 */
public record Skill(
        String id, String name, String category, String parentId, boolean hot, boolean generic, List<String> aliases) {

    public Skill {
        aliases = List.copyOf(aliases);
    }
}
