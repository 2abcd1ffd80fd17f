package com.benchcrm.marketing;

import com.benchcrm.common.Validator;
import com.benchcrm.lifecycle.EntityInput;
import java.util.List;
import java.util.UUID;

/** The writable fields of a distribution list: a name, its contacts (at most 5,000) and how it is described. */
public record DistributionListInput(
        String name, List<String> skillFocus, String region, DistributionTier tier, List<UUID> contactIds)
        implements EntityInput {

    public static final int MAX_CONTACTS = 5_000;

    public DistributionListInput {
        skillFocus =
                skillFocus == null ? List.of() : skillFocus.stream().distinct().toList();
        contactIds =
                contactIds == null ? List.of() : contactIds.stream().distinct().toList();
    }

    public static DistributionListInput of(DistributionList d) {
        return new DistributionListInput(d.name(), d.skillFocus(), d.region(), d.tier(), d.contactIds());
    }

    @Override
    public void validate() {
        Validator v = new Validator();
        v.required("/name", name, 200);
        v.check(skillFocus.size() <= 30, "/skillFocus", "must have at most 30 skills");
        for (int i = 0; i < skillFocus.size(); i++) {
            v.required("/skillFocus/" + i, skillFocus.get(i), 100);
        }
        v.maxLength("/region", region, 100);
        v.check(contactIds.size() <= MAX_CONTACTS, "/contactIds", "must have at most " + MAX_CONTACTS + " contacts");
        for (int i = 0; i < contactIds.size(); i++) {
            v.check(contactIds.get(i) != null, "/contactIds/" + i, "must not be null");
        }
        v.throwIfInvalid();
    }
}
