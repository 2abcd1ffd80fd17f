package com.benchcrm.ingest;

import com.benchcrm.mail.MailAddress;
import com.benchcrm.tenancy.TenantSlug;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A tenant's ingest address: {@code <tenant-slug>@<ingest domain>} ({@code acme@ingest.localhost}
 * locally, {@code acme@ingest.example.com} in AWS). Plus-addressing is allowed
 * ({@code acme+vendors@...}).
 */
public final class IngestAddress {

    private IngestAddress() {}

    /** The tenant slug of the first recipient on the ingest domain, if any. */
    public static Optional<TenantSlug> tenantOf(List<String> recipients, String ingestDomain) {
        for (String r : recipients) {
            Optional<TenantSlug> slug = tenantOf(r, ingestDomain);
            if (slug.isPresent()) {
                return slug;
            }
        }
        return Optional.empty();
    }

    public static Optional<TenantSlug> tenantOf(String recipient, String ingestDomain) {
        if (recipient == null) {
            return Optional.empty();
        }
        MailAddress a = new MailAddress(null, recipient.replaceAll("[<>\\s]", ""));
        if (a.domain() == null || !a.domain().equals(ingestDomain.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String local = a.localPart();
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        try {
            return Optional.of(new TenantSlug(local));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
