package com.benchcrm.company;

import com.benchcrm.common.Validator;
import com.benchcrm.lifecycle.EntityInput;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The writable fields of a company. {@code kinds} may be empty (a firm named before anyone knows its
 * role); {@code domain} is a mail domain ("acme-staffing.com"), stored in lower case, and a
 * free-mail domain ("gmail.com") is refused: it identifies a mailbox, never a firm.
 */
public record CompanyInput(
        String name, List<CompanyKind> kinds, String domain, String website, String phone, String notes)
        implements EntityInput {

    private static final Pattern DOMAIN =
            Pattern.compile("^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    public CompanyInput {
        kinds = kinds == null ? List.of() : kinds.stream().distinct().toList();
        domain = CompanyNames.domain(domain);
    }

    public static CompanyInput of(Company c) {
        return new CompanyInput(c.name(), c.kinds(), c.domain(), c.website(), c.phone(), c.notes());
    }

    /** The same fields with {@code more} kinds added (an import learning another role of a known firm). */
    public CompanyInput withKinds(List<CompanyKind> more) {
        List<CompanyKind> all = new java.util.ArrayList<>(kinds);
        more.stream().filter(k -> !all.contains(k)).forEach(all::add);
        return new CompanyInput(name, all, domain, website, phone, notes);
    }

    @Override
    public void validate() {
        Validator v = new Validator();
        v.required("/name", name, 200);
        v.check(
                name == null || name.isBlank() || !CompanyNames.normalize(name).isEmpty(),
                "/name",
                "must contain a letter or digit besides legal suffixes");
        for (int i = 0; i < kinds.size(); i++) {
            v.check(kinds.get(i) != null, "/kinds/" + i, "must not be null");
        }
        if (domain != null) {
            v.check(DOMAIN.matcher(domain).matches(), "/domain", "must be a mail domain such as example.com");
            v.check(
                    !CompanyNames.isFreeMail(domain),
                    "/domain",
                    "is a free-mail domain; it identifies a mailbox, not a company (leave it out)");
        }
        v.maxLength("/website", website, 300);
        v.maxLength("/phone", phone, 40);
        v.maxLength("/notes", notes, 5_000);
        v.throwIfInvalid();
    }
}
