package com.benchcrm.marketing;

import com.benchcrm.common.Tags;
import com.benchcrm.common.Validator;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.consultant.AvailabilityStatus;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantSkill;
import java.util.List;
import java.util.Locale;

/**
 * A saved filter over the bench: a consultant matches when they have at least one of {@code skills}
 * (case-insensitive), every one of {@code tags}, one of {@code workAuthorizations} and one of
 * {@code availability}; an empty criterion matches everyone. {@code onBenchOnly} (the default)
 * keeps consultants who are placed off the list.
 */
public record HotListFilter(
        List<String> skills,
        List<String> tags,
        List<WorkAuthorization> workAuthorizations,
        List<AvailabilityStatus> availability,
        Boolean onBenchOnly) {

    public HotListFilter {
        skills = skills == null ? List.of() : List.copyOf(skills);
        tags = tags == null
                ? List.of()
                : tags.stream()
                        .map(t -> t == null ? "" : Tags.key(t))
                        .distinct()
                        .toList();
        workAuthorizations = workAuthorizations == null ? List.of() : List.copyOf(workAuthorizations);
        availability = availability == null ? List.of() : List.copyOf(availability);
    }

    public boolean benchOnly() {
        return onBenchOnly == null || onBenchOnly;
    }

    void validate(Validator v) {
        v.check(skills.size() <= 50, "/filter/skills", "must have at most 50 skills");
        for (int i = 0; i < skills.size(); i++) {
            v.required("/filter/skills/" + i, skills.get(i), 100);
        }
        v.check(tags.size() <= Tags.MAX, "/filter/tags", "must have at most " + Tags.MAX + " tags");
        for (int i = 0; i < tags.size(); i++) {
            v.required("/filter/tags/" + i, tags.get(i), 50);
        }
        for (int i = 0; i < workAuthorizations.size(); i++) {
            v.required("/filter/workAuthorizations/" + i, workAuthorizations.get(i));
        }
        for (int i = 0; i < availability.size(); i++) {
            v.required("/filter/availability/" + i, availability.get(i));
        }
    }

    public boolean matches(Consultant c) {
        if (benchOnly() && c.onBenchSince() == null) {
            return false;
        }
        if (!skills.isEmpty()) {
            boolean any = false;
            for (ConsultantSkill s : c.skills()) {
                String name = s.name() == null ? "" : s.name().toLowerCase(Locale.ROOT);
                any |= skills.stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).equals(name));
            }
            if (!any) {
                return false;
            }
        }
        if (!tags.isEmpty() && !c.tags().containsAll(tags)) {
            return false;
        }
        if (!workAuthorizations.isEmpty()
                && (c.workAuthorization() == null || !workAuthorizations.contains(c.workAuthorization()))) {
            return false;
        }
        return availability.isEmpty()
                || (c.availability() != null
                        && availability.contains(c.availability().status()));
    }
}
