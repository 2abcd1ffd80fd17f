package com.benchcrm.company;

import com.benchcrm.lifecycle.Versioned;
import java.time.Instant;
import java.util.UUID;

/** A person at a company (a vendor's recruiter, a client's manager), as stored and as the API returns it. */
public record Contact(
        UUID id,
        UUID companyId,
        String fullName,
        String email,
        String phone,
        String title,
        String notes,
        long version,
        Instant createdAt,
        Instant updatedAt)
        implements Versioned {}
