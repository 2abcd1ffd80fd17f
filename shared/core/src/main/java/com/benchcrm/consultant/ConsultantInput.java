package com.benchcrm.consultant;

import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.SkillNames;
import com.benchcrm.common.Validator;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.lifecycle.EntityInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The writable fields of a consultant (create, full update, and the base of a merge patch).
 * {@code workAuthorizationValidity} holds the end dates of the work authorization;
 * {@code onBenchSince} the day the consultant came (back) to the bench (placements set and clear it
 * through {@link Bench}). Tags are not here: {@code PUT /v1/consultants/{id}/tags} replaces them.
 * {@code reviewReasons}: why a person should look at the record (set by resume import; a full
 * update without it, or a patch to {@code []}, marks it reviewed).
 */
public record ConsultantInput(
        String externalId,
        String fullName,
        String email,
        String phone,
        String title,
        String summary,
        Location location,
        WorkAuthorization workAuthorization,
        BigDecimal yearsExperience,
        List<ConsultantSkill> skills,
        Availability availability,
        Rate rate,
        WorkAuthorizationValidity workAuthorizationValidity,
        LocalDate onBenchSince,
        List<String> reviewReasons)
        implements EntityInput {

    public static final int MAX_SKILLS = 100;
    public static final int MAX_REVIEW_REASONS = 10;

    public ConsultantInput {
        skills = skills == null ? List.of() : List.copyOf(skills);
        workAuthorizationValidity = WorkAuthorizationValidity.orNull(workAuthorizationValidity);
        reviewReasons =
                reviewReasons == null ? List.of() : reviewReasons.stream().toList();
    }

    /** Without review reasons (a person's input). */
    public ConsultantInput(
            String externalId,
            String fullName,
            String email,
            String phone,
            String title,
            String summary,
            Location location,
            WorkAuthorization workAuthorization,
            BigDecimal yearsExperience,
            List<ConsultantSkill> skills,
            Availability availability,
            Rate rate,
            WorkAuthorizationValidity workAuthorizationValidity,
            LocalDate onBenchSince) {
        this(
                externalId,
                fullName,
                email,
                phone,
                title,
                summary,
                location,
                workAuthorization,
                yearsExperience,
                skills,
                availability,
                rate,
                workAuthorizationValidity,
                onBenchSince,
                List.of());
    }

    /** A consultant without validity dates or bench date. */
    public ConsultantInput(
            String externalId,
            String fullName,
            String email,
            String phone,
            String title,
            String summary,
            Location location,
            WorkAuthorization workAuthorization,
            BigDecimal yearsExperience,
            List<ConsultantSkill> skills,
            Availability availability,
            Rate rate) {
        this(
                externalId,
                fullName,
                email,
                phone,
                title,
                summary,
                location,
                workAuthorization,
                yearsExperience,
                skills,
                availability,
                rate,
                null,
                null,
                List.of());
    }

    public static ConsultantInput of(Consultant c) {
        return new ConsultantInput(
                c.externalId(),
                c.fullName(),
                c.email(),
                c.phone(),
                c.title(),
                c.summary(),
                c.location(),
                c.workAuthorization(),
                c.yearsExperience(),
                c.skills(),
                c.availability(),
                c.rate(),
                c.workAuthorizationValidity(),
                c.onBenchSince(),
                c.reviewReasons());
    }

    /** The same fields with another bench date. */
    public ConsultantInput withOnBenchSince(LocalDate since) {
        return new ConsultantInput(
                externalId,
                fullName,
                email,
                phone,
                title,
                summary,
                location,
                workAuthorization,
                yearsExperience,
                skills,
                availability,
                rate,
                workAuthorizationValidity,
                since,
                reviewReasons);
    }

    @Override
    public void validate() {
        Validator v = new Validator();
        v.maxLength("/externalId", externalId, 200);
        v.required("/fullName", fullName, 200);
        v.email("/email", email);
        v.maxLength("/phone", phone, 40);
        v.maxLength("/title", title, 200);
        v.maxLength("/summary", summary, 20_000);
        if (location != null) {
            location.validate("/location", v);
        }
        v.years("/yearsExperience", yearsExperience, 70);
        v.check(skills.size() <= MAX_SKILLS, "/skills", "at most " + MAX_SKILLS + " skills");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < skills.size(); i++) {
            ConsultantSkill skill = skills.get(i);
            String at = "/skills/" + i;
            if (skill == null) {
                v.add(at, "must not be null");
                continue;
            }
            v.required(at + "/name", skill.name(), 100);
            v.years(at + "/years", skill.years(), 70);
            if (skill.name() != null && !skill.name().isBlank() && !seen.add(SkillNames.key(skill.name()))) {
                v.add(at + "/name", "duplicates an earlier skill");
            }
        }
        if (availability != null) {
            v.required("/availability/status", availability.status());
        }
        if (rate != null) {
            rate.validate("/rate", v);
        }
        if (workAuthorizationValidity != null) {
            Integer days = workAuthorizationValidity.unemploymentDaysUsed();
            v.check(
                    days == null || (days >= 0 && days <= WorkAuthorizationValidity.MAX_UNEMPLOYMENT_DAYS),
                    "/workAuthorizationValidity/unemploymentDaysUsed",
                    "must be between 0 and " + WorkAuthorizationValidity.MAX_UNEMPLOYMENT_DAYS);
            v.check(
                    days == null
                            || workAuthorization == null
                            || workAuthorization == WorkAuthorization.OPT_EAD
                            || workAuthorization == WorkAuthorization.STEM_OPT,
                    "/workAuthorizationValidity/unemploymentDaysUsed",
                    "applies to OPT_EAD and STEM_OPT only");
        }
        v.check(
                reviewReasons.size() <= MAX_REVIEW_REASONS,
                "/reviewReasons",
                "at most " + MAX_REVIEW_REASONS + " reasons");
        for (int i = 0; i < reviewReasons.size(); i++) {
            v.required("/reviewReasons/" + i, reviewReasons.get(i), 200);
        }
        v.throwIfInvalid();
    }
}
