package com.benchcrm.marketing;

import com.benchcrm.lifecycle.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A distribution list of vendor contacts, described by its skill focus, region and tier. Who is
 * mailed is decided per contact when a draft is approved: a contact without consent, without an
 * e-mail address or on the suppression list is never mailed.
 */
public record DistributionList(
        UUID id,
        String name,
        List<String> skillFocus,
        String region,
        DistributionTier tier,
        List<UUID> contactIds,
        long version,
        Instant createdAt,
        Instant updatedAt)
        implements Versioned {

    public DistributionList {
        skillFocus = skillFocus == null ? List.of() : List.copyOf(skillFocus);
        contactIds = contactIds == null ? List.of() : List.copyOf(contactIds);
    }
}
