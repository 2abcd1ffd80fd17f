package com.benchcrm.company;

import com.benchcrm.common.Validator;
import com.benchcrm.lifecycle.EntityInput;
import java.util.UUID;

/**
 * The writable fields of a contact. {@code companyId} must name a company of the tenant (checked in
 * the write's transaction); {@code title} is the person's role ("Account Manager", "Technical
 * Recruiter"); {@code email} is unique per tenant, case-insensitively.
 */
public record ContactInput(UUID companyId, String fullName, String email, String phone, String title, String notes)
        implements EntityInput {

    public ContactInput {
        email = email == null || email.isBlank() ? null : email.trim();
    }

    public static ContactInput of(Contact c) {
        return new ContactInput(c.companyId(), c.fullName(), c.email(), c.phone(), c.title(), c.notes());
    }

    @Override
    public void validate() {
        Validator v = new Validator();
        v.required("/fullName", fullName, 200);
        v.email("/email", email);
        v.maxLength("/phone", phone, 40);
        v.maxLength("/title", title, 200);
        v.maxLength("/notes", notes, 5_000);
        v.throwIfInvalid();
    }
}
