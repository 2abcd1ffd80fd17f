package com.benchcrm.persistence.postgres;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Json;
import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.common.SkillNames;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.InterviewMode;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementChain;
import com.benchcrm.requirement.RequirementFingerprint;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.RequirementParties;
import com.benchcrm.requirement.RequirementRepository;
import com.benchcrm.requirement.RequirementSkill;
import com.benchcrm.requirement.RequirementSource;
import com.benchcrm.requirement.RequirementStatus;
import com.benchcrm.requirement.Seniority;
import com.benchcrm.requirement.WorkMode;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlSession;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link RequirementRepository} over the requirement and requirement_skill tables, and what dedupe
 * keeps beside them (requirement_fingerprint, requirement_source).
 */
final class PostgresRequirementRepository implements RequirementRepository {

    private static final String SELECT = """
            select r.id, r.external_ref, r.title, r.description, r.status, r.city, r.state, r.country, r.work_mode,
                   r.min_years, r.seniority, r.budget_amount, r.budget_currency, r.budget_unit, r.employment_type,
                   r.duration_months, r.start_date, r.client_name, r.work_authorizations,
                   r.excluded_work_authorizations, r.long_term, r.interview_modes, r.parties::text as parties,
                   r.version, r.created_at, r.updated_at,
                   r.vendor_company_id, r.vendor_contact_id, r.implementation_partner_id, r.prime_vendor_id, r.end_client_id, r.tags,
                   (select count(*) from requirement_source v where v.tenant_id = r.tenant_id and v.requirement_id = r.id) as vendor_count,
                   coalesce((select json_agg(json_build_object('name', k.name, 'required', k.required, 'minYears', k.min_years,
                                                               'version', k.version)
                                             order by k.position)
                             from requirement_skill k
                             where k.tenant_id = r.tenant_id and k.requirement_id = r.id), '[]'::json) as skills
            from requirement r
            """;

    private static final TypeReference<List<RequirementSkill>> SKILLS = new TypeReference<>() {};

    @Override
    public void insert(Tx tx, UUID id, RequirementInput in, Instant now) {
        SqlSession s = SqlTx.of(tx).session();
        TenantId tenant = tx.tenant();
        s.update("""
                insert into requirement (tenant_id, id, external_ref, title, description, status, city, state, country,
                    work_mode, min_years, seniority, budget_amount, budget_currency, budget_unit, employment_type,
                    duration_months, start_date, client_name, work_authorizations, vendor_company_id, vendor_contact_id,
                    implementation_partner_id, prime_vendor_id, end_client_id, excluded_work_authorizations, long_term,
                    interview_modes, parties, version, created_at, updated_at)
                values (:tenant, :id, :external_ref, :title, :description, :status, :city, :state, :country,
                    :work_mode, :min_years, :seniority, :budget_amount, :budget_currency, :budget_unit, :employment_type,
                    :duration_months, :start_date, :client_name, coalesce(string_to_array(:work_authorizations, ','), '{}'),
                    :vendor_company_id, :vendor_contact_id, :implementation_partner_id, :prime_vendor_id, :end_client_id,
                    coalesce(string_to_array(:excluded_work_authorizations, ','), '{}'), :long_term,
                    coalesce(string_to_array(:interview_modes, ','), '{}'), :parties, 1, :now, :now)""", fields(tenant, id, in).and("now", now));
        insertSkills(s, tenant, id, in.skills());
    }

    @Override
    public Optional<Requirement> find(Tx tx, UUID id) {
        return find(tx, id, false);
    }

    @Override
    public Optional<Requirement> findForUpdate(Tx tx, UUID id) {
        return find(tx, id, true);
    }

    private Optional<Requirement> find(Tx tx, UUID id, boolean forUpdate) {
        SqlSession s = SqlTx.of(tx).session();
        TenantId tenant = tx.tenant();
        String sql = SELECT + " where r.tenant_id = :tenant and r.id = :id" + (forUpdate ? " for update of r" : "");
        return s.queryOne(sql, SqlParams.of("tenant", tenant.value()).and("id", id))
                .map(PostgresRequirementRepository::toRequirement);
    }

    @Override
    public List<Requirement> findMany(Tx tx, java.util.Collection<UUID> ids) {
        return findMany(tx, ids, null);
    }

    @Override
    public List<Requirement> findMany(
            Tx tx, java.util.Collection<UUID> ids, java.util.Set<RequirementStatus> statuses) {
        if (ids.isEmpty() || statuses != null && statuses.isEmpty()) {
            return List.of();
        }
        String csv = String.join(",", ids.stream().map(UUID::toString).toList());
        SqlParams params = SqlParams.of("tenant", tx.tenant().value()).and("ids", csv);
        String sql = SELECT + " where r.tenant_id = :tenant and r.id = any(cast(string_to_array(:ids, ',') as uuid[]))";
        if (statuses != null) {
            sql += " and r.status = any(string_to_array(:statuses, ','))";
            params = params.and(
                    "statuses",
                    String.join(",", statuses.stream().map(Enum::name).sorted().toList()));
        }
        return SqlTx.of(tx).session().query(sql, params).stream()
                .map(PostgresRequirementRepository::toRequirement)
                .toList();
    }

    @Override
    public List<Requirement> list(Tx tx, Optional<UUID> before, int limit) {
        SqlSession s = SqlTx.of(tx).session();
        TenantId tenant = tx.tenant();
        SqlParams params = SqlParams.of("tenant", tenant.value()).and("limit", limit);
        String where = " where r.tenant_id = :tenant";
        if (before.isPresent()) {
            where += " and r.id < :before";
            params = params.and("before", before.get());
        }
        return s.query(SELECT + where + " order by r.id desc limit :limit", params).stream()
                .map(PostgresRequirementRepository::toRequirement)
                .toList();
    }

    @Override
    public void update(Tx tx, Requirement current, RequirementInput in, Instant now) {
        SqlSession s = SqlTx.of(tx).session();
        TenantId tenant = tx.tenant();
        s.update("""
                update requirement set external_ref = :external_ref, title = :title, description = :description,
                    status = :status, city = :city, state = :state, country = :country, work_mode = :work_mode,
                    min_years = :min_years, seniority = :seniority, budget_amount = :budget_amount,
                    budget_currency = :budget_currency, budget_unit = :budget_unit, employment_type = :employment_type,
                    duration_months = :duration_months, start_date = :start_date, client_name = :client_name,
                    work_authorizations = coalesce(string_to_array(:work_authorizations, ','), '{}'),
                    vendor_company_id = :vendor_company_id, vendor_contact_id = :vendor_contact_id,
                    implementation_partner_id = :implementation_partner_id, prime_vendor_id = :prime_vendor_id,
                    end_client_id = :end_client_id,
                    excluded_work_authorizations = coalesce(string_to_array(:excluded_work_authorizations, ','), '{}'),
                    long_term = :long_term, interview_modes = coalesce(string_to_array(:interview_modes, ','), '{}'), parties = :parties,
                    version = version + 1, updated_at = :now
                where tenant_id = :tenant and id = :id""", fields(tenant, current.id(), in).and("now", now));
        s.update(
                "delete from requirement_skill where tenant_id = :tenant and requirement_id = :id",
                SqlParams.of("tenant", tenant.value()).and("id", current.id()));
        insertSkills(s, tenant, current.id(), in.skills());
    }

    @Override
    public void setTags(Tx tx, UUID id, List<String> tags, Instant now) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                update requirement set tags = coalesce(string_to_array(:tags, ','), '{}'), version = version + 1, updated_at = :now
                where tenant_id = :tenant and id = :id""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", id)
                                .and("now", now)
                                .and("tags", tags.isEmpty() ? null : String.join(",", tags)));
    }

    @Override
    public List<Requirement> list(Tx tx, Optional<String> tag, Optional<UUID> before, int limit) {
        SqlParams params = SqlParams.of("tenant", tx.tenant().value()).and("limit", limit);
        String where = " where r.tenant_id = :tenant";
        if (tag.isPresent()) {
            where += " and r.tags @> array[cast(:tag as text)]";
            params = params.and("tag", tag.get());
        }
        if (before.isPresent()) {
            where += " and r.id < :before";
            params = params.and("before", before.get());
        }
        return SqlTx.of(tx).session().query(SELECT + where + " order by r.id desc limit :limit", params).stream()
                .map(PostgresRequirementRepository::toRequirement)
                .toList();
    }

    @Override
    public void delete(Tx tx, UUID id) {
        SqlTx.of(tx)
                .session()
                .update(
                        "delete from requirement where tenant_id = :tenant and id = :id",
                        SqlParams.of("tenant", tx.tenant().value()).and("id", id));
    }

    @Override
    public void lockFingerprint(Tx tx, RequirementFingerprint fingerprint) {
        SqlTx.of(tx)
                .session()
                .query(
                        "select pg_advisory_xact_lock(hashtext(:k)) as locked",
                        SqlParams.of(
                                "k",
                                tx.tenant().value() + "|" + fingerprint.titleKey() + "|" + fingerprint.clientKey()));
    }

    @Override
    public List<FingerprintMatch> openWithSameTitleAndClient(Tx tx, RequirementFingerprint fingerprint) {
        return SqlTx.of(tx)
                .session()
                .query(
                        """
                select f.requirement_id, f.location_keys
                from requirement_fingerprint f
                join requirement r on r.tenant_id = f.tenant_id and r.id = f.requirement_id
                where f.tenant_id = :tenant and f.title_key = :title_key and f.client_key = :client_key
                  and r.status in ('OPEN', 'ON_HOLD')
                order by r.id""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("title_key", fingerprint.titleKey())
                                .and("client_key", fingerprint.clientKey()))
                .stream()
                .map(r -> new FingerprintMatch(r.uuid("requirement_id"), r.stringList("location_keys")))
                .toList();
    }

    @Override
    public void insertFingerprint(Tx tx, UUID requirementId, RequirementFingerprint fingerprint) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into requirement_fingerprint (tenant_id, requirement_id, title_key, client_key, location_keys, skill_keys)
                values (:tenant, :id, :title_key, :client_key, coalesce(string_to_array(:locations, ','), '{}'),
                        coalesce(string_to_array(:skills, ','), '{}'))""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", requirementId)
                                .and("title_key", fingerprint.titleKey())
                                .and("client_key", fingerprint.clientKey())
                                .and(
                                        "locations",
                                        fingerprint.locationKeys().isEmpty()
                                                ? null
                                                : String.join(",", fingerprint.locationKeys()))
                                .and(
                                        "skills",
                                        fingerprint.skillKeys().isEmpty()
                                                ? null
                                                : String.join(",", fingerprint.skillKeys())));
    }

    @Override
    public void updateFingerprintLocations(Tx tx, UUID requirementId, List<String> locationKeys) {
        SqlTx.of(tx)
                .session()
                .update(
                        "update requirement_fingerprint set location_keys = coalesce(string_to_array(:keys, ','), '{}') "
                                + "where tenant_id = :tenant and requirement_id = :id",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", requirementId)
                                .and("keys", locationKeys.isEmpty() ? null : String.join(",", locationKeys)));
    }

    @Override
    public void claimDedupeKey(Tx tx, UUID requirementId, String dedupeKey) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                update requirement set dedupe_key = :key
                where tenant_id = :tenant and id = :id
                  and not exists (select 1 from requirement o where o.tenant_id = :tenant and o.dedupe_key = :key)""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", requirementId)
                                .and("key", dedupeKey));
    }

    @Override
    public boolean addSource(Tx tx, UUID sourceId, UUID requirementId, RequirementSource src) {
        return SqlTx.of(tx)
                        .session()
                        .update(
                                """
                insert into requirement_source (tenant_id, id, requirement_id, vendor_key, vendor_email, vendor_name, vendor_company,
                    vendor_phone, inbound_message_id, message_id, subject, locations, received_at, vendor_company_id, vendor_contact_id,
                    rate_amount, rate_currency, rate_unit, employment_type, implementation_partner, prime_vendor, end_client, chain_depth)
                values (:tenant, :id, :requirement_id, :vendor_key, :vendor_email, :vendor_name, :vendor_company, :vendor_phone,
                    :inbound_message_id, :message_id, :subject, coalesce(string_to_array(:locations, ','), '{}'), :received_at,
                    :vendor_company_id, :vendor_contact_id, :rate_amount, :rate_currency, :rate_unit, :employment_type,
                    :implementation_partner, :prime_vendor, :end_client, :chain_depth)
                on conflict (tenant_id, requirement_id, vendor_key) do nothing""",
                                SqlParams.of("tenant", tx.tenant().value())
                                        .and("id", sourceId)
                                        .and("requirement_id", requirementId)
                                        .and("vendor_key", src.vendorKey())
                                        .and("vendor_email", src.vendorEmail())
                                        .and("vendor_name", src.vendorName())
                                        .and("vendor_company", src.vendorCompany())
                                        .and("vendor_phone", src.vendorPhone())
                                        .and("inbound_message_id", src.inboundMessageId())
                                        .and("message_id", src.messageId())
                                        .and("subject", src.subject())
                                        .and(
                                                "locations",
                                                src.locations().isEmpty() ? null : String.join(",", src.locations()))
                                        .and("received_at", src.receivedAt())
                                        .and("vendor_company_id", src.vendorCompanyId())
                                        .and("vendor_contact_id", src.vendorContactId())
                                        .and(
                                                "rate_amount",
                                                src.rateOffered() == null
                                                        ? null
                                                        : src.rateOffered().amount())
                                        .and(
                                                "rate_currency",
                                                src.rateOffered() == null
                                                        ? null
                                                        : src.rateOffered().currency())
                                        .and(
                                                "rate_unit",
                                                src.rateOffered() == null
                                                                || src.rateOffered()
                                                                                .unit()
                                                                        == null
                                                        ? null
                                                        : src.rateOffered()
                                                                .unit()
                                                                .name())
                                        .and(
                                                "employment_type",
                                                src.rateOffered() == null
                                                                || src.rateOffered()
                                                                                .employmentType()
                                                                        == null
                                                        ? null
                                                        : src.rateOffered()
                                                                .employmentType()
                                                                .code())
                                        .and("implementation_partner", src.implementationPartner())
                                        .and("prime_vendor", src.primeVendor())
                                        .and("end_client", src.endClient())
                                        .and("chain_depth", src.chainDepth()))
                == 1;
    }

    @Override
    public List<RequirementSource> sources(Tx tx, UUID requirementId) {
        List<RequirementSource> out = new ArrayList<>();
        for (Row r : SqlTx.of(tx)
                .session()
                .query("""
                select vendor_key, vendor_email, vendor_name, vendor_company, vendor_phone, inbound_message_id, message_id,
                       subject, locations, received_at, vendor_company_id, vendor_contact_id, rate_amount, rate_currency, rate_unit,
                       employment_type, implementation_partner, prime_vendor, end_client, chain_depth
                from requirement_source where tenant_id = :tenant and requirement_id = :id order by received_at, id""", SqlParams.of("tenant", tx.tenant().value()).and("id", requirementId))) {
            Rate offered = r.isNull("rate_amount")
                    ? null
                    : new Rate(
                            r.decimal("rate_amount"),
                            r.string("rate_currency"),
                            r.isNull("rate_unit") ? null : RateUnit.valueOf(r.string("rate_unit")),
                            r.isNull("employment_type") ? null : EmploymentType.fromCode(r.string("employment_type")));
            out.add(new RequirementSource(
                    r.string("vendor_key"),
                    r.string("vendor_email"),
                    r.string("vendor_name"),
                    r.string("vendor_company"),
                    r.string("vendor_phone"),
                    r.uuid("inbound_message_id"),
                    r.string("message_id"),
                    r.string("subject"),
                    r.stringList("locations"),
                    r.instant("received_at"),
                    r.uuid("vendor_company_id"),
                    r.uuid("vendor_contact_id"),
                    offered,
                    r.string("implementation_partner"),
                    r.string("prime_vendor"),
                    r.string("end_client"),
                    r.isNull("chain_depth") ? null : r.intValue("chain_depth")));
        }
        return out;
    }

    @Override
    public int countSources(Tx tx, UUID requirementId) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        "select count(*) as n from requirement_source where tenant_id = :tenant and requirement_id = :id",
                        SqlParams.of("tenant", tx.tenant().value()).and("id", requirementId))
                .map(r -> r.intValue("n"))
                .orElse(0);
    }

    private static SqlParams fields(TenantId tenant, UUID id, RequirementInput in) {
        Location loc = in.location();
        Rate budget = in.budget();
        String auths = in.workAuthorizations().isEmpty()
                ? null
                : in.workAuthorizations().stream().map(Enum::name).collect(Collectors.joining(","));
        return SqlParams.of("tenant", tenant.value())
                .and("id", id)
                .and("external_ref", in.externalRef())
                .and("title", in.title().trim())
                .and("description", in.description())
                .and("status", in.status().name())
                .and("city", loc == null ? null : loc.city())
                .and("state", loc == null ? null : loc.state())
                .and("country", loc == null ? null : loc.country())
                .and("work_mode", in.workMode() == null ? null : in.workMode().name())
                .and("min_years", in.minYears())
                .and("seniority", in.seniority() == null ? null : in.seniority().name())
                .and("budget_amount", budget == null ? null : budget.amount())
                .and("budget_currency", budget == null ? null : budget.currency())
                .and("budget_unit", budget == null ? null : budget.unit().name())
                .and(
                        "employment_type",
                        in.effectiveEmploymentType() == null
                                ? null
                                : in.effectiveEmploymentType().code())
                .and("duration_months", in.durationMonths())
                .and("start_date", in.startDate())
                .and("client_name", in.clientName())
                .and("work_authorizations", auths)
                .and("vendor_company_id", in.chainOrEmpty().vendorCompanyId())
                .and("vendor_contact_id", in.chainOrEmpty().vendorContactId())
                .and("implementation_partner_id", in.chainOrEmpty().implementationPartnerId())
                .and("prime_vendor_id", in.chainOrEmpty().primeVendorId())
                .and("end_client_id", in.chainOrEmpty().endClientId())
                .and("excluded_work_authorizations", names(in.excludedWorkAuthorizations()))
                .and("long_term", Boolean.TRUE.equals(in.longTerm()))
                .and("interview_modes", names(in.interviewModes()))
                .and("parties", in.parties() == null ? null : new SqlJson(Json.write(in.parties())));
    }

    private static String names(List<? extends Enum<?>> values) {
        return values.isEmpty() ? null : values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static void insertSkills(SqlSession s, TenantId tenant, UUID id, List<RequirementSkill> skills) {
        if (skills.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < skills.size(); i++) {
            RequirementSkill k = skills.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("skill_key", SkillNames.key(k.name()));
            row.put("name", k.name().trim());
            row.put("required", !Boolean.FALSE.equals(k.required()));
            row.put("min_years", k.minYears());
            row.put(
                    "version",
                    k.version() == null || k.version().isBlank()
                            ? null
                            : k.version().trim());
            row.put("position", i);
            rows.add(row);
        }
        s.update(
                """
                insert into requirement_skill (tenant_id, requirement_id, skill_key, name, required, min_years, version, position)
                select :tenant, :id, x.skill_key, x.name, x.required, x.min_years, x.version, x.position
                from jsonb_to_recordset(:skills) as x(skill_key text, name text, required boolean, min_years numeric, version text,
                                                      position int)""", SqlParams.of("tenant", tenant.value()).and("id", id).and("skills", new SqlJson(Json.write(rows))));
    }

    static Requirement toRequirement(Row r) {
        Location location = r.isNull("city") && r.isNull("state") && r.isNull("country")
                ? null
                : new Location(r.string("city"), r.string("state"), r.string("country"));
        Rate budget = r.isNull("budget_amount")
                ? null
                : new Rate(
                        r.decimal("budget_amount"),
                        r.string("budget_currency"),
                        RateUnit.valueOf(r.string("budget_unit")),
                        r.isNull("employment_type") ? null : EmploymentType.fromCode(r.string("employment_type")));
        return new Requirement(
                r.uuid("id"),
                r.string("external_ref"),
                r.string("title"),
                r.string("description"),
                RequirementStatus.valueOf(r.string("status")),
                location,
                r.isNull("work_mode") ? null : WorkMode.valueOf(r.string("work_mode")),
                readSkills(r.string("skills")),
                r.decimal("min_years"),
                r.isNull("seniority") ? null : Seniority.valueOf(r.string("seniority")),
                budget,
                r.intValue("duration_months"),
                r.date("start_date"),
                r.string("client_name"),
                r.stringList("work_authorizations").stream()
                        .map(WorkAuthorization::valueOf)
                        .toList(),
                r.longValue("version"),
                r.instant("created_at"),
                r.instant("updated_at"),
                new RequirementChain(
                        r.uuid("vendor_company_id"),
                        r.uuid("vendor_contact_id"),
                        r.uuid("implementation_partner_id"),
                        r.uuid("prime_vendor_id"),
                        r.uuid("end_client_id")),
                r.intValue("vendor_count"),
                r.stringList("tags"),
                r.stringList("excluded_work_authorizations").stream()
                        .map(WorkAuthorization::valueOf)
                        .toList(),
                r.isNull("employment_type") ? null : EmploymentType.fromCode(r.string("employment_type")),
                Boolean.TRUE.equals(r.bool("long_term")),
                r.stringList("interview_modes").stream()
                        .map(InterviewMode::valueOf)
                        .toList(),
                readParties(r.isNull("parties") ? null : r.string("parties")));
    }

    private static RequirementParties readParties(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.strict().readValue(json, RequirementParties.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("requirement.parties is not a parties object", e);
        }
    }

    private static List<RequirementSkill> readSkills(String json) {
        try {
            return Json.strict().readValue(json, SKILLS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("requirement_skill aggregate is not valid JSON", e);
        }
    }
}
