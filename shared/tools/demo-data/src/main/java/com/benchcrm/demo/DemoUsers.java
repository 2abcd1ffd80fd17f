package com.benchcrm.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo tenant's users (the Admin who loads it and two recruiters) and who owns which consultant: the
 * bench is dealt out in turn over the owners, so every demo user has "my consultants" and hears of
 * their matches and expiring work authorizations (ADR 0097).
 *
 * <pre>{@code
 * Map<String, UUID> owners = DemoUsers.spread(externalIds, List.of(admin, riley, sam));
 * }</pre>
 */
public final class DemoUsers {

    /** A demo user: e-mail address (invented, {@code example.com}), role and display name (invented). */
    public record DemoUser(String email, String role, String name) {}

    /** The demo's Admin, who loads the demo tenant (and owns a share of the bench); named by the loader. */
    public static final DemoUser ADMIN = new DemoUser("demo.admin@example.com", "Admin", "Jordan Avery");

    /** The demo's recruiters, made active, named users of the demo tenant by the loader. */
    public static final List<DemoUser> RECRUITERS = List.of(
            new DemoUser("riley.recruiter@example.com", "Recruiter", "Riley Chen"),
            new DemoUser("sam.recruiter@example.com", "Recruiter", "Sam Ortiz"));

    private DemoUsers() {}

    /**
     * Deals the consultants (by external id, in the given order) out over the owners in turn: each
     * owner gets the same number, give or take one. The same inputs always give the same owners.
     *
     * @throws IllegalArgumentException when there are consultants and no owners
     */
    public static <T> Map<String, T> spread(List<String> consultantExternalIds, List<T> owners) {
        if (owners.isEmpty() && !consultantExternalIds.isEmpty()) {
            throw new IllegalArgumentException(
                    "no owners to spread " + consultantExternalIds.size() + " consultants over");
        }
        Map<String, T> out = new LinkedHashMap<>();
        for (int i = 0; i < consultantExternalIds.size(); i++) {
            out.put(consultantExternalIds.get(i), owners.get(i % owners.size()));
        }
        return out;
    }
}
