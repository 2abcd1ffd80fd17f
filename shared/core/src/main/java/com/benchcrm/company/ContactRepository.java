package com.benchcrm.company;

import com.benchcrm.lifecycle.EntityRepository;
import com.benchcrm.persistence.Tx;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the tenant's contacts. Unique key {@value #EMAIL_KEY}: one contact per e-mail address,
 * compared case-insensitively. A contact's company, when set, is a company of the same tenant (the
 * schema's composite foreign key); deleting the company empties it.
 */
public interface ContactRepository extends EntityRepository<Contact, ContactInput> {

    String EMAIL_KEY = "contact_email_key";

    /** The contact with this e-mail address, compared case-insensitively. */
    Optional<Contact> findByEmail(Tx tx, String email);

    /** Up to {@code limit} contacts with ids below {@code before}, newest first, of {@code companyId} when given. */
    List<Contact> list(Tx tx, Optional<UUID> companyId, Optional<UUID> before, int limit);
}
