package com.benchcrm.company;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.ValidationException;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.RequirementChain;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Files the firms and the person a vendor mail names, inside the ingest's transaction: the vendor
 * company (found by the sender's mail domain unless it is free mail, else by its normalized name
 * unless that firm has another domain, else created as a {@code VENDOR}: named as the mail names
 * it, or after the domain when that name belongs to another domain's firm), the sender as its contact (found by e-mail, else created), and
 * the implementation partner, prime vendor and end client the mail states (found by normalized name,
 * else created with that kind). A firm found under another role gains the kind. Every company and
 * contact created or given a kind is audited and announced like an API write.
 *
 * <pre>{@code
 * RequirementChain chain = directory.file(tx, caller, new CompanyDirectory.Parties("Acme Staffing Inc",
 *         "Jane Recruiter", "jane@acmestaffing.com", "+1 555 0100", "Infosys", null, "Wells Fargo"));
 * }</pre>
 */
public final class CompanyDirectory {

    /**
     * What a mail states about who sent it and whom the work is for; any part may be null.
     *
     * @param vendorCompany the sender's firm as the signature or extraction names it
     */
    public record Parties(
            String vendorCompany,
            String contactName,
            String contactEmail,
            String contactPhone,
            String implementationPartner,
            String primeVendor,
            String endClient) {}

    private final CompanyRepository companies;
    private final ContactRepository contacts;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Ids ids;
    private final Clock clock;

    public CompanyDirectory(
            CompanyRepository companies,
            ContactRepository contacts,
            AuditLog audit,
            Outbox outbox,
            Ids ids,
            Clock clock) {
        this.companies = companies;
        this.contacts = contacts;
        this.audit = audit;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    /** The chain the parties make, each filed (found or created) in the transaction's tenant. */
    public RequirementChain file(Tx tx, Caller caller, Parties p) {
        caller.require(Permission.COMPANY_WRITE);
        String domain = CompanyNames.companyDomainOfEmail(p.contactEmail());
        UUID vendor = vendor(tx, caller, clean(p.vendorCompany()), domain).orElse(null);
        UUID contact = contact(
                        tx, caller, vendor, clean(p.contactName()), clean(p.contactEmail()), clean(p.contactPhone()))
                .orElse(null);
        UUID partner = byName(tx, caller, clean(p.implementationPartner()), CompanyKind.IMPLEMENTATION_PARTNER)
                .orElse(null);
        UUID prime = byName(tx, caller, clean(p.primeVendor()), CompanyKind.PRIME_VENDOR)
                .orElse(null);
        UUID client =
                byName(tx, caller, clean(p.endClient()), CompanyKind.END_CLIENT).orElse(null);
        return new RequirementChain(vendor, contact, partner, prime, client);
    }

    private Optional<UUID> vendor(Tx tx, Caller caller, String name, String domain) {
        if (name == null && domain == null) {
            return Optional.empty();
        }
        String key = name != null ? CompanyNames.normalize(name) : CompanyNames.normalize(domain);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        companies.lockKey(tx, domain != null ? "domain|" + domain : "name|" + key);
        Optional<Company> found = domain != null ? companies.findByDomain(tx, domain) : Optional.empty();
        if (found.isPresent()) {
            return Optional.of(withKind(tx, caller, found.get(), CompanyKind.VENDOR));
        }
        Optional<Company> named = companies.findByNormalizedName(tx, key);
        if (named.isPresent() && (domain == null || named.get().domain() == null)) {
            return Optional.of(withKind(tx, caller, named.get(), CompanyKind.VENDOR));
        }
        if (named.isPresent()) {
            // the name is another domain's firm: the sender's domain is the stronger sign, so file the domain as its
            // own firm
            companies.lockKey(tx, "name|" + CompanyNames.normalize(domain));
            Optional<Company> byDomainName = companies.findByNormalizedName(tx, CompanyNames.normalize(domain));
            if (byDomainName.isPresent()) {
                return Optional.of(withKind(tx, caller, byDomainName.get(), CompanyKind.VENDOR));
            }
            return create(tx, caller, new CompanyInput(domain, List.of(CompanyKind.VENDOR), domain, null, null, null));
        }
        return create(
                tx,
                caller,
                new CompanyInput(name != null ? name : domain, List.of(CompanyKind.VENDOR), domain, null, null, null));
    }

    private Optional<UUID> byName(Tx tx, Caller caller, String name, CompanyKind kind) {
        if (name == null) {
            return Optional.empty();
        }
        String key = CompanyNames.normalize(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        companies.lockKey(tx, "name|" + key);
        Optional<Company> found = companies.findByNormalizedName(tx, key);
        if (found.isPresent()) {
            return Optional.of(withKind(tx, caller, found.get(), kind));
        }
        return create(tx, caller, new CompanyInput(name, List.of(kind), null, null, null, null));
    }

    private Optional<UUID> contact(Tx tx, Caller caller, UUID companyId, String name, String email, String phone) {
        if (email == null) {
            return Optional.empty(); // without an address there is nothing to tell two people apart
        }
        companies.lockKey(tx, "contact|" + email.toLowerCase(Locale.ROOT));
        Optional<Contact> found = contacts.findByEmail(tx, email);
        if (found.isPresent()) {
            return Optional.of(found.get().id());
        }
        String fullName = name != null ? name : email.substring(0, Math.max(1, email.indexOf('@')));
        ContactInput input = new ContactInput(companyId, cut(fullName, 200), email, cut(phone, 40), null, null);
        try {
            input.validate();
        } catch (ValidationException e) {
            return Optional.empty();
        }
        UUID id = ids.next();
        contacts.insert(tx, id, input, clock.instant());
        Contact created = contacts.find(tx, id).orElseThrow();
        audit.record(tx, caller, "contact.created", "contact", id, null, created, Map.of("source", "inbox"));
        outbox.append(
                tx,
                caller,
                "ContactUpserted",
                1,
                "contact",
                id,
                Map.of("id", id.toString(), "version", created.version()));
        return Optional.of(id);
    }

    private Optional<UUID> create(Tx tx, Caller caller, CompanyInput input) {
        CompanyInput in = new CompanyInput(cut(input.name(), 200), input.kinds(), input.domain(), null, null, null);
        try {
            in.validate();
        } catch (ValidationException e) {
            return Optional.empty(); // a name the mail garbled is not worth a company
        }
        UUID id = ids.next();
        companies.insert(tx, id, in, clock.instant());
        Company created = companies.find(tx, id).orElseThrow();
        audit.record(tx, caller, "company.created", "company", id, null, created, Map.of("source", "inbox"));
        outbox.append(
                tx,
                caller,
                "CompanyUpserted",
                1,
                "company",
                id,
                Map.of("id", id.toString(), "version", created.version()));
        return Optional.of(id);
    }

    private UUID withKind(Tx tx, Caller caller, Company c, CompanyKind kind) {
        if (c.is(kind)) {
            return c.id();
        }
        Company current = companies.findForUpdate(tx, c.id()).orElseThrow();
        companies.update(tx, current, CompanyInput.of(current).withKinds(List.of(kind)), clock.instant());
        Company updated = companies.find(tx, c.id()).orElseThrow();
        audit.record(
                tx,
                caller,
                "company.updated",
                "company",
                c.id(),
                current,
                updated,
                Map.of("source", "inbox", "kindAdded", kind.name()));
        outbox.append(
                tx,
                caller,
                "CompanyUpserted",
                1,
                "company",
                c.id(),
                Map.of("id", c.id().toString(), "version", updated.version()));
        return c.id();
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
