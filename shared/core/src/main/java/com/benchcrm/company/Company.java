package com.benchcrm.company;

import com.benchcrm.lifecycle.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A firm the tenant deals with (vendor, implementation partner, prime vendor, end client), as stored
 * and as the API returns it. {@code domain} is its mail domain in lower case (never a free-mail one).
 */
public record Company(
        UUID id,
        String name,
        List<CompanyKind> kinds,
        String domain,
        String website,
        String phone,
        String notes,
        long version,
        Instant createdAt,
        Instant updatedAt)
        implements Versioned {

    public Company {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    public boolean is(CompanyKind kind) {
        return kinds.contains(kind);
    }
}
