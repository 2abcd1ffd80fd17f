package com.benchcrm.requirement;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.lifecycle.EntityService;
import com.benchcrm.lifecycle.EntitySpec;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.SqlSession;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Requirement use cases, each audited and announced ({@code RequirementImported},
 * {@code RequirementUpdated}, {@code RequirementDeleted}).
 */
public final class Requirements extends EntityService<Requirement, RequirementInput> {

    public static final EntitySpec<Requirement, RequirementInput> SPEC = new EntitySpec<>(
            "requirement", Requirement.class, Permission.REQUIREMENT_READ, Permission.REQUIREMENT_WRITE,
            "RequirementImported", "RequirementUpdated", "RequirementDeleted");

    private final RequirementStore store;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Ids ids;
    private final Clock clock;

    public Requirements(SqlPort sql, AuditLog audit, Outbox outbox, Idempotency idempotency, Ids ids, Clock clock) {
        this(new RequirementStore(), sql, audit, outbox, idempotency, ids, clock);
    }

    private Requirements(RequirementStore store, SqlPort sql, AuditLog audit, Outbox outbox, Idempotency idempotency, Ids ids,
                         Clock clock) {
        super(SPEC, store, sql, audit, outbox, idempotency, ids, clock);
        this.store = store;
        this.audit = audit;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Imports one extracted requirement inside the caller's open transaction (an inbox import is
     * one transaction for all the requirements of a mail): the same requirement already open in the
     * tenant (same normalized title and client, overlapping places) gets this vendor as another
     * source; otherwise a new requirement is created, audited, and announced with
     * {@code RequirementImported}. Concurrent imports of the same title and client are serialized by
     * a transaction-scoped advisory lock, so three vendors mailing at once still make one requirement.
     *
     * @param details what made it (engine, model, message), kept in the audit entry
     */
    public ImportedRequirement importInto(SqlSession s, Caller caller, RequirementInput input, RequirementFingerprint fingerprint,
                                          RequirementSource source, Map<String, Object> details) {
        caller.require(Permission.REQUIREMENT_WRITE);
        input.validate();
        String tenant = caller.tenant().value().toString();
        s.query("select pg_advisory_xact_lock(hashtext(:k)) as locked",
                SqlParams.of("k", tenant + "|" + fingerprint.titleKey() + "|" + fingerprint.clientKey()));
        List<Row> candidates = s.query("""
                select f.requirement_id, f.location_keys
                from requirement_fingerprint f
                join requirement r on r.tenant_id = f.tenant_id and r.id = f.requirement_id
                where f.tenant_id = :tenant and f.title_key = :title_key and f.client_key = :client_key
                  and r.status in ('OPEN', 'ON_HOLD')
                order by r.id""",
                SqlParams.of("tenant", caller.tenant().value()).and("title_key", fingerprint.titleKey())
                        .and("client_key", fingerprint.clientKey()));
        for (Row c : candidates) {
            List<String> keys = c.stringList("location_keys");
            if (RequirementFingerprint.overlaps(keys, fingerprint.locationKeys())) {
                UUID id = c.uuid("requirement_id");
                boolean added = insertSource(s, caller, id, source);
                if (added) {
                    LinkedHashSet<String> union = new LinkedHashSet<>(keys);
                    union.addAll(fingerprint.locationKeys());
                    s.update("update requirement_fingerprint set location_keys = string_to_array(:keys, ',') "
                                    + "where tenant_id = :tenant and requirement_id = :id",
                            SqlParams.of("tenant", caller.tenant().value()).and("id", id)
                                    .and("keys", String.join(",", union)));
                    Map<String, Object> d = new LinkedHashMap<>(details);
                    d.put("vendor", source.vendorKey());
                    audit.record(s, caller, SPEC.name() + ".source-added", SPEC.name(), id, null, null, d);
                }
                Requirement current = store.find(s, caller.tenant(), id, false).orElseThrow();
                return new ImportedRequirement(id, current.title(), false, added, countSources(s, caller, id));
            }
        }
        UUID id = ids.next();
        Instant now = clock.instant();
        store.insert(s, caller.tenant(), id, input, now);
        s.update("""
                update requirement set dedupe_key = :key
                where tenant_id = :tenant and id = :id
                  and not exists (select 1 from requirement o where o.tenant_id = :tenant and o.dedupe_key = :key)""",
                SqlParams.of("tenant", caller.tenant().value()).and("id", id).and("key", fingerprint.dedupeKey()));
        s.update("""
                insert into requirement_fingerprint (tenant_id, requirement_id, title_key, client_key, location_keys, skill_keys)
                values (:tenant, :id, :title_key, :client_key, coalesce(string_to_array(:locations, ','), '{}'),
                        coalesce(string_to_array(:skills, ','), '{}'))""",
                SqlParams.of("tenant", caller.tenant().value()).and("id", id).and("title_key", fingerprint.titleKey())
                        .and("client_key", fingerprint.clientKey())
                        .and("locations", fingerprint.locationKeys().isEmpty() ? null : String.join(",", fingerprint.locationKeys()))
                        .and("skills", fingerprint.skillKeys().isEmpty() ? null : String.join(",", fingerprint.skillKeys())));
        insertSource(s, caller, id, source);
        Requirement created = store.find(s, caller.tenant(), id, false).orElseThrow();
        audit.record(s, caller, SPEC.name() + ".created", SPEC.name(), id, null, created, details);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id.toString());
        event.put("version", created.version());
        event.put("source", "inbox");
        if (source.inboundMessageId() != null) {
            event.put("inboundMessageId", source.inboundMessageId().toString());
        }
        outbox.append(s, caller, SPEC.createdEvent(), 1, SPEC.name(), id, event);
        return new ImportedRequirement(id, created.title(), true, true, 1);
    }

    /** The vendors a requirement came from, first first. */
    public List<RequirementSource> sources(Caller caller, UUID id) {
        caller.require(Permission.REQUIREMENT_READ);
        return sqlPort().inTenant(caller.tenant(), s -> {
            List<RequirementSource> out = new ArrayList<>();
            for (Row r : s.query("""
                    select vendor_key, vendor_email, vendor_name, vendor_company, vendor_phone, inbound_message_id, message_id,
                           subject, locations, received_at
                    from requirement_source where tenant_id = :tenant and requirement_id = :id order by received_at, id""",
                    SqlParams.of("tenant", caller.tenant().value()).and("id", id))) {
                out.add(new RequirementSource(r.string("vendor_key"), r.string("vendor_email"), r.string("vendor_name"),
                        r.string("vendor_company"), r.string("vendor_phone"), r.uuid("inbound_message_id"), r.string("message_id"),
                        r.string("subject"), r.stringList("locations"), r.instant("received_at")));
            }
            return out;
        });
    }

    private boolean insertSource(SqlSession s, Caller caller, UUID requirementId, RequirementSource src) {
        return s.update("""
                insert into requirement_source (tenant_id, id, requirement_id, vendor_key, vendor_email, vendor_name, vendor_company,
                    vendor_phone, inbound_message_id, message_id, subject, locations, received_at)
                values (:tenant, :id, :requirement_id, :vendor_key, :vendor_email, :vendor_name, :vendor_company, :vendor_phone,
                    :inbound_message_id, :message_id, :subject, coalesce(string_to_array(:locations, ','), '{}'), :received_at)
                on conflict (tenant_id, requirement_id, vendor_key) do nothing""",
                SqlParams.of("tenant", caller.tenant().value()).and("id", ids.next()).and("requirement_id", requirementId)
                        .and("vendor_key", src.vendorKey()).and("vendor_email", src.vendorEmail()).and("vendor_name", src.vendorName())
                        .and("vendor_company", src.vendorCompany()).and("vendor_phone", src.vendorPhone())
                        .and("inbound_message_id", src.inboundMessageId()).and("message_id", src.messageId())
                        .and("subject", src.subject() == null ? null : src.subject().length() > 500 ? src.subject().substring(0, 500) : src.subject())
                        .and("locations", src.locations().isEmpty() ? null : String.join(",", src.locations()))
                        .and("received_at", src.receivedAt() == null ? clock.instant() : src.receivedAt())) == 1;
    }

    private static int countSources(SqlSession s, Caller caller, UUID id) {
        return s.queryOne("select count(*) as n from requirement_source where tenant_id = :tenant and requirement_id = :id",
                SqlParams.of("tenant", caller.tenant().value()).and("id", id)).map(r -> r.intValue("n")).orElse(0);
    }
}
