package com.benchcrm.function.httpapi.company;

import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.company.Companies;
import com.benchcrm.company.CompanyInput;
import com.benchcrm.company.CompanyKind;
import com.benchcrm.company.ContactInput;
import com.benchcrm.company.Contacts;
import com.benchcrm.function.httpapi.http.EntityRoutes;
import com.benchcrm.function.httpapi.http.Router;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers {@code /v1/companies} (the list filtered by {@code ?kind=}) and {@code /v1/contacts} (the
 * list filtered by {@code ?companyId=}), each with its item routes: the same conventions as
 * consultants (cursor pages, ETags and {@code If-Match}, {@code Idempotency-Key}, merge patch).
 */
public final class CompanyRoutes {

    public static final String COMPANIES = "/v1/companies";
    public static final String CONTACTS = "/v1/contacts";

    private CompanyRoutes() {}

    public static void register(Router router, Companies companies, Contacts contacts) {
        EntityRoutes.register(
                router,
                COMPANIES,
                companies,
                CompanyInput.class,
                (req, caller, page) -> companies.list(caller, page, kind(req.queryParam("kind"))));
        EntityRoutes.register(
                router,
                CONTACTS,
                contacts,
                ContactInput.class,
                (req, caller, page) -> contacts.list(caller, page, companyId(req.queryParam("companyId"))));
    }

    static Optional<CompanyKind> kind(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CompanyKind.valueOf(raw.trim()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("kind", "kind must be one of " + Arrays.toString(CompanyKind.values()));
        }
    }

    static Optional<UUID> companyId(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            if (raw.trim().length() == 36) {
                return Optional.of(UUID.fromString(raw.trim()));
            }
        } catch (IllegalArgumentException ignored) {
            // falls through
        }
        throw new InvalidRequestException("companyId", "companyId must be a company id (a UUID)");
    }
}
