package com.benchcrm.ingest;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.SkillNames;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.extraction.ExtractedContact;
import com.benchcrm.extraction.ExtractedLocation;
import com.benchcrm.extraction.ExtractedRate;
import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.Sourced;
import com.benchcrm.mail.MailAddress;
import com.benchcrm.requirement.InterviewMode;
import com.benchcrm.requirement.RequirementFingerprint;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.RequirementParties;
import com.benchcrm.requirement.RequirementSkill;
import com.benchcrm.requirement.RequirementSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An extracted requirement as the requirement use case takes it: a valid {@link RequirementInput}
 * (values out of the entity's ranges are dropped, lengths cut), its dedupe fingerprint and the
 * vendor source. Accepted and excluded work authorizations, the employment type (with or without a
 * rate), long term, interview modes and the parties of the vendor chain as the mail names them
 * ({@link RequirementParties}; the links to companies are made by the import) are fields of the requirement; the
 * description keeps what the entity has no field for (further places, domains, notes, the duration
 * as written) and the text the requirement was read from.
 */
public final class RequirementMapper {

    /** An amount at or above this is no rate (a phone number or a stray figure read as one). */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000");

    private RequirementMapper() {}

    public static RequirementInput input(ExtractedRequirement r) {
        String title = cut(value(r.normalizedTitle()) != null ? value(r.normalizedTitle()) : value(r.title()), 300);
        List<RequirementSkill> skills = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (ExtractedSkill s : r.skills()) {
            String name = cut(s.name(), 100);
            if (name == null
                    || name.isBlank()
                    || !keys.add(SkillNames.key(name))
                    || skills.size() >= RequirementInput.MAX_SKILLS) {
                continue;
            }
            skills.add(new RequirementSkill(name, s.required(), years(s.years()), cut(s.version(), 40)));
        }
        Location location = null;
        if (!r.locations().isEmpty()) {
            ExtractedLocation l = r.locations().get(0);
            location = new Location(
                    cut(l.city(), 100),
                    cut(l.state(), 100),
                    l.country() != null && l.country().matches("[A-Z]{2}") ? l.country() : null);
        }
        Rate budget = null;
        ExtractedRate rate = r.rate();
        EmploymentType employment = value(r.employmentType());
        if (rate != null
                && rate.amount() != null
                && rate.amount().signum() > 0
                && rate.amount().compareTo(MAX_AMOUNT) < 0
                && rate.currency() != null
                && rate.currency().matches("[A-Z]{3}")
                && rate.unit() != null) {
            // a range ("$60-65/hr") offers up to its upper bound: a consultant at $63 is within the budget
            BigDecimal top = rate.maxAmount() != null
                            && rate.maxAmount().compareTo(rate.amount()) > 0
                            && rate.maxAmount().compareTo(MAX_AMOUNT) < 0
                    ? rate.maxAmount()
                    : rate.amount();
            budget = new Rate(
                    top.setScale(Math.min(2, Math.max(0, top.scale())), RoundingMode.HALF_UP),
                    rate.currency(),
                    rate.unit(),
                    employment);
        }
        Integer months = value(r.durationMonths());
        if (months != null && (months < 1 || months > 120)) {
            months = null;
        }
        String client = value(r.endClient()) != null ? value(r.endClient()) : value(r.client());
        Set<WorkAuthorization> excluded =
                r.visa() == null ? Set.of() : new LinkedHashSet<>(r.visa().excluded());
        List<WorkAuthorization> auths = r.visa() == null
                ? List.of()
                : r.visa().accepted().stream()
                        .distinct()
                        .filter(a -> !excluded.contains(a))
                        .toList();
        List<InterviewMode> interview = r.interviewModes() == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(r.interviewModes().value()));
        return new RequirementInput(
                null,
                title,
                cut(description(r), 100_000),
                null,
                location,
                value(r.workMode()),
                skills,
                years(value(r.minYears())),
                value(r.seniority()),
                budget,
                months,
                value(r.startDate()),
                cut(client, 200),
                auths,
                null,
                List.copyOf(excluded),
                employment,
                Boolean.TRUE.equals(value(r.longTerm())),
                interview,
                parties(r));
    }

    /** The vendor and the firms between it and the end client, as the mail names them (cut to the entity's lengths). */
    public static RequirementParties parties(ExtractedRequirement r) {
        ExtractedContact c = r.vendorContact();
        RequirementParties.Contact contact = c == null
                ? null
                : new RequirementParties.Contact(cut(c.name(), 200), cut(c.email(), 254), cut(c.phone(), 40));
        String partner = value(r.implementationPartner());
        String end = value(r.endClient()) != null ? value(r.endClient()) : value(r.client());
        if (partner != null && partner.equalsIgnoreCase(end)) {
            partner = null;
        }
        RequirementParties parties = new RequirementParties(
                cut(value(r.vendorCompany()), 200), contact, cut(partner, 200), cut(value(r.primeVendor()), 200));
        return parties.isEmpty() ? null : parties;
    }

    public static RequirementFingerprint fingerprint(ExtractedRequirement r, RequirementInput input) {
        List<String> places = locationKeys(r);
        String client = value(r.endClient()) != null ? value(r.endClient()) : value(r.client());
        List<String> skills =
                input.skills().stream().map(s -> SkillNames.key(s.name())).toList();
        String title = value(r.normalizedTitle()) != null ? value(r.normalizedTitle()) : input.title();
        return new RequirementFingerprint(title, client, places, skills);
    }

    public static List<String> locationKeys(ExtractedRequirement r) {
        List<String> places = new ArrayList<>();
        for (ExtractedLocation l : r.locations()) {
            String k = RequirementFingerprint.locationKey(l.city(), l.state(), l.country());
            if (!k.isEmpty() && !places.contains(k)) {
                places.add(k);
            }
        }
        return places;
    }

    public static RequirementSource source(
            ExtractedRequirement r,
            MailAddress vendor,
            UUID inboundMessageId,
            String messageId,
            String subject,
            Instant receivedAt) {
        ExtractedContact c = sameSender(r.vendorContact(), vendor);
        String email = vendor != null && vendor.email() != null ? vendor.email() : c == null ? null : c.email();
        String name = c != null && c.name() != null ? c.name() : vendor == null ? null : vendor.name();
        String company = value(r.vendorCompany());
        return new RequirementSource(
                email != null ? email : company,
                email,
                cut(name, 200),
                cut(company, 200),
                c == null ? null : cut(c.phone(), 40),
                inboundMessageId,
                cut(messageId, 500),
                subject,
                locationKeys(r),
                receivedAt);
    }

    /**
     * Who the mail says sent it and whom the work is for. The sender is the mail's vendor (the
     * original sender of a forward) unless the extraction found a contact; a mail naming both a
     * "Client:" and an "End client:" has the first as the implementation partner.
     */
    public static com.benchcrm.company.CompanyDirectory.Parties parties(ExtractedRequirement r, MailAddress vendor) {
        ExtractedContact c = sameSender(r.vendorContact(), vendor);
        String email = vendor != null && vendor.email() != null ? vendor.email() : c == null ? null : c.email();
        String name = c != null && c.name() != null ? c.name() : vendor == null ? null : vendor.name();
        String client = value(r.client());
        String endClient = value(r.endClient());
        String partner = null;
        if (endClient != null
                && client != null
                && !com.benchcrm.company.CompanyNames.normalize(client)
                        .equals(com.benchcrm.company.CompanyNames.normalize(endClient))) {
            partner = client;
        }
        return new com.benchcrm.company.CompanyDirectory.Parties(
                cut(value(r.vendorCompany()), 200),
                cut(name, 200),
                email,
                c == null ? null : cut(c.phone(), 40),
                cut(partner, 200),
                null,
                cut(endClient != null ? endClient : client, 200));
    }

    /**
     * The signature's contact when it is the sender (or names no address); null when it names
     * another address (a signature copied from someone else's mail): its name and phone would be
     * filed under the wrong person.
     */
    static ExtractedContact sameSender(ExtractedContact c, MailAddress vendor) {
        if (c == null || c.email() == null || vendor == null || vendor.email() == null) {
            return c;
        }
        return c.email().equalsIgnoreCase(vendor.email()) ? c : null;
    }

    /** The source with the rate this vendor offered and the chain its mail stated. */
    public static RequirementSource withOffer(
            RequirementSource source, ExtractedRequirement r, RequirementInput input) {
        com.benchcrm.company.CompanyDirectory.Parties p = parties(r, null);
        return source.withOffer(input.budget(), p.implementationPartner(), p.primeVendor(), p.endClient());
    }

    private static String description(ExtractedRequirement r) {
        StringBuilder b = new StringBuilder();
        if (r.locations().size() > 1) {
            b.append("Locations: ")
                    .append(String.join(
                            "; ",
                            r.locations().stream()
                                    .map(l -> (l.city() == null ? "" : l.city() + ", ")
                                            + (l.state() == null ? l.country() : l.state()))
                                    .toList()))
                    .append('\n');
        }
        if (r.duration() != null) {
            b.append("Duration: ").append(r.duration().value()).append('\n');
        }
        if (r.start() != null) {
            b.append("Start: ").append(r.start().value()).append('\n');
        }
        if (r.duration() != null && r.durationMonths() == null && r.longTerm() != null) {
            b.append("Long term\n");
        }
        if (r.visa() != null && r.visa().terms() != null && !r.visa().terms().isBlank()) {
            b.append("Work authorization: ").append(r.visa().terms()).append('\n');
        }
        if (!r.domains().isEmpty()) {
            b.append("Domains: ")
                    .append(String.join(
                            ", ", r.domains().stream().map(Sourced::value).toList()))
                    .append('\n');
        }
        for (Sourced<String> n : r.notes()) {
            b.append("Note: ").append(n.value()).append('\n');
        }
        if (r.description() != null && !r.description().isBlank()) {
            b.append('\n').append(r.description().strip());
        }
        return b.toString()
                .replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]", " ")
                .strip();
    }

    private static BigDecimal years(BigDecimal y) {
        if (y == null || y.signum() < 0 || y.compareTo(BigDecimal.valueOf(50)) > 0) {
            return null;
        }
        return y.setScale(Math.min(1, Math.max(0, y.stripTrailingZeros().scale())), RoundingMode.HALF_UP);
    }

    private static <T> T value(Sourced<T> s) {
        return s == null ? null : s.value();
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return null;
        }
        String c = s.replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]", " ").strip();
        return c.length() <= max ? c : c.substring(0, max);
    }
}
