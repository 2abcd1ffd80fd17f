package com.benchcrm.audit;

import com.benchcrm.common.InvalidRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Filters of the audit log; every one is optional. {@code from} is inclusive, {@code to} exclusive. */
public record AuditQuery(
        Optional<String> entity, Optional<String> actor, Optional<Instant> from, Optional<Instant> to) {

    public AuditQuery {
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new InvalidRequestException("from", "from must be before to");
        }
        entity.ifPresent(e -> {
            if (!e.matches("^[a-z_]{1,40}$")) {
                throw new InvalidRequestException("entity", "entity must be a name such as consultant or requirement");
            }
        });
        actor.ifPresent(a -> {
            if (a.isBlank() || a.length() > 200) {
                throw new InvalidRequestException("actor", "actor must be a user id");
            }
        });
    }

    public static AuditQuery parse(String entity, String actor, String from, String to) {
        return new AuditQuery(
                Optional.ofNullable(entity),
                Optional.ofNullable(actor),
                Optional.ofNullable(from).map(v -> instant("from", v)),
                Optional.ofNullable(to).map(v -> instant("to", v)));
    }

    private static Instant instant(String parameter, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    parameter, parameter + " must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
    }
}
