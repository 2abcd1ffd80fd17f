package com.benchcrm.demo;

import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.company.CompanyInput;
import com.benchcrm.company.CompanyKind;
import com.benchcrm.company.ContactInput;
import com.benchcrm.consultant.AvailabilityStatus;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.WorkAuthorizationValidity;
import com.benchcrm.requirement.RequirementInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place the demo's companies come from: the vendors that mail requirements, the
 * implementation partners and prime vendors between them and the end clients, the end clients
 * themselves (the requirement generator's clients), and their contacts; and which of them each
 * demo requirement came through. Anonymous, invented names on {@code .example} domains.
 *
 * <p>Drawn from its own random stream, so the bench and the requirements do not change with it.
 * The submission history (issue 12, part B) builds on these companies and links.
 */
public record DemoCompanies(List<Company> companies, List<Contact> contacts, List<Link> links) {

    /** A company of the demo, by a stable key (its idempotency key when loaded). */
    public record Company(String key, CompanyInput input) {}

    /** A contact of the demo and the key of its company. */
    public record Contact(String key, String companyKey, ContactInput input) {}

    /**
     * How one demo requirement reached the desk: the vendor and its contact that mailed it, and the
     * chain to its end client (partner and prime may be null).
     */
    public record Link(
            String requirementRef,
            String vendorKey,
            String contactKey,
            String partnerKey,
            String primeKey,
            String clientKey) {}

    record Vendor(String name, String domain) {}

    static final List<Vendor> VENDORS = List.of(
            new Vendor("Bluepeak Staffing LLC", "bluepeakstaffing.example"),
                    new Vendor("Crestline IT Solutions Inc", "crestlineit.example"),
            new Vendor("Ironwood Talent Partners", "ironwoodtalent.example"),
                    new Vendor("Keystone Tech Staffing", "keystonetech.example"),
            new Vendor("Lakeshore Consulting Group", "lakeshorecg.example"),
                    new Vendor("Meridian Workforce Inc", "meridianworkforce.example"),
            new Vendor("Northgate Systems Corp", "northgatesys.example"),
                    new Vendor("Pinecrest Infotech LLC", "pinecrestinfotech.example"),
            new Vendor("Redwood Resource Group", "redwoodresource.example"),
                    new Vendor("Summit Bridge Staffing", "summitbridge.example"),
            new Vendor("Tidewater Technologies Inc", "tidewatertech.example"),
                    new Vendor("Willowbrook IT Services", "willowbrookit.example"));

    static final List<String> PARTNERS = List.of(
            "Apex Integration Partners",
            "Brightline Digital Services",
            "Cobalt Systems Integrators",
            "Evergreen Consulting Partners",
            "Granite Peak Solutions");

    static final List<String> PRIMES =
            List.of("Atlas Workforce MSP", "Beacon Prime Services", "Horizon Vendor Management");

    static final List<String> RECRUITER_FIRST = List.of(
            "Jordan", "Priya", "Marcus", "Elena", "Kiran", "Dana", "Ravi", "Sofia", "Tariq", "Megan", "Arjun", "Lena");
    static final List<String> RECRUITER_LAST = List.of(
            "Hale", "Varma", "Brooks", "Novak", "Reddy", "Quinn", "Shah", "Moreau", "Aziz", "Price", "Menon",
            "Fischer");

    public DemoCompanies {
        companies = List.copyOf(companies);
        contacts = List.copyOf(contacts);
        links = List.copyOf(links);
    }

    /** The companies, contacts and links of these requirements (each needs an {@code externalRef} and a {@code clientName}). */
    static DemoCompanies generate(long seed, List<RequirementInput> requirements) {
        Dice dice = new Dice(seed ^ 0x5DEECE66DL);
        List<Company> companies = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        List<String> vendorKeys = new ArrayList<>();
        Map<String, List<String>> vendorContacts = new LinkedHashMap<>();
        for (int i = 0; i < VENDORS.size(); i++) {
            Vendor v = VENDORS.get(i);
            String key = "vendor-" + slug(v.name());
            vendorKeys.add(key);
            companies.add(new Company(
                    key,
                    new CompanyInput(
                            v.name(),
                            List.of(CompanyKind.VENDOR),
                            v.domain(),
                            "https://www." + v.domain(),
                            "+1-555-01" + String.format(Locale.ROOT, "%02d", i),
                            null)));
            List<String> keys = new ArrayList<>();
            for (String role : List.of("Technical Recruiter", "Account Manager")) {
                String first = RECRUITER_FIRST.get((i + keys.size() * 5) % RECRUITER_FIRST.size());
                String last = RECRUITER_LAST.get((i * 7 + keys.size() * 3) % RECRUITER_LAST.size());
                String email = (first + "." + last).toLowerCase(Locale.ROOT) + "@" + v.domain();
                String ckey = "contact-" + email;
                keys.add(ckey);
                contacts.add(new Contact(
                        ckey,
                        key,
                        new ContactInput(
                                null,
                                first + " " + last,
                                email,
                                "+1-555-02" + String.format(Locale.ROOT, "%02d", i * 2 + keys.size()),
                                role,
                                null)));
            }
            vendorContacts.put(key, keys);
        }
        List<String> partnerKeys = new ArrayList<>();
        for (String p : PARTNERS) {
            String key = "partner-" + slug(p);
            partnerKeys.add(key);
            companies.add(new Company(
                    key, new CompanyInput(p, List.of(CompanyKind.IMPLEMENTATION_PARTNER), null, null, null, null)));
        }
        List<String> primeKeys = new ArrayList<>();
        for (String p : PRIMES) {
            String key = "prime-" + slug(p);
            primeKeys.add(key);
            companies.add(
                    new Company(key, new CompanyInput(p, List.of(CompanyKind.PRIME_VENDOR), null, null, null, null)));
        }
        Map<String, String> clientKeys = new LinkedHashMap<>();
        for (Catalog.Client c : Catalog.CLIENTS) {
            String key = "client-" + slug(c.name());
            clientKeys.put(c.name(), key);
            companies.add(new Company(
                    key,
                    new CompanyInput(
                            c.name(), List.of(CompanyKind.END_CLIENT), null, null, null, "Industry: " + c.industry())));
        }
        List<Link> links = new ArrayList<>();
        for (RequirementInput r : requirements) {
            String vendor = dice.pick(vendorKeys);
            String contact = dice.pick(vendorContacts.get(vendor));
            int layers = dice.below(10); // 40% direct, 40% through a partner, 20% partner and prime
            String partner = layers >= 4 ? dice.pick(partnerKeys) : null;
            String prime = layers >= 8 ? dice.pick(primeKeys) : null;
            links.add(new Link(r.externalRef(), vendor, contact, partner, prime, clientKeys.get(r.clientName())));
        }
        return new DemoCompanies(companies, contacts, links);
    }

    /**
     * The bench's work authorization dates and days on bench, from their own stream: H-1B petitions,
     * EAD cards and STEM OPT ending within months to years (a few within the default 60-day lead
     * time, so the demo shows WorkAuthorizationExpiring), on the bench since 0-120 days for those
     * available now, none while on a project.
     */
    static List<ConsultantInput> withValidity(long seed, List<ConsultantInput> bench, LocalDate anchor) {
        Dice dice = new Dice(seed ^ 0x2545F4914F6CDD1DL);
        List<ConsultantInput> out = new ArrayList<>();
        for (ConsultantInput c : bench) {
            WorkAuthorization a = c.workAuthorization();
            WorkAuthorizationValidity v = null;
            if (a == WorkAuthorization.H1B) {
                v = new WorkAuthorizationValidity(
                        anchor.plusDays(dice.between(20, 1000)), anchor.plusDays(dice.between(30, 1100)), null);
            } else if (a == WorkAuthorization.OPT_EAD || a == WorkAuthorization.STEM_OPT) {
                v = new WorkAuthorizationValidity(anchor.plusDays(dice.between(15, 700)), null, dice.between(0, 80));
            } else if (a == WorkAuthorization.H4_EAD
                    || a == WorkAuthorization.L2_EAD
                    || a == WorkAuthorization.GC_EAD) {
                v = new WorkAuthorizationValidity(anchor.plusDays(dice.between(40, 900)), null, null);
            }
            boolean onBench = c.availability() == null || c.availability().status() == AvailabilityStatus.AVAILABLE;
            LocalDate since = onBench ? anchor.minusDays(dice.between(0, 120)) : null;
            out.add(new ConsultantInput(
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
                    v,
                    since));
        }
        return out;
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
