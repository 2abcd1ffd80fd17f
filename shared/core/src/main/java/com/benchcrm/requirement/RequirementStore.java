package com.benchcrm.requirement;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.Json;
import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.common.RateUnit;
import com.benchcrm.common.SkillNames;
import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.lifecycle.EntityStore;
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

/** The requirement and requirement_skill tables. */
final class RequirementStore implements EntityStore<Requirement, RequirementInput> {

    private static final String SELECT = """
            select r.id, r.external_ref, r.title, r.description, r.status, r.city, r.state, r.country, r.work_mode,
                   r.min_years, r.seniority, r.budget_amount, r.budget_currency, r.budget_unit, r.employment_type,
                   r.duration_months, r.start_date, r.client_name, r.work_authorizations,
                   r.version, r.created_at, r.updated_at,
                   coalesce((select json_agg(json_build_object('name', k.name, 'required', k.required, 'minYears', k.min_years)
                                             order by k.position)
                             from requirement_skill k
                             where k.tenant_id = r.tenant_id and k.requirement_id = r.id), '[]'::json) as skills
            from requirement r
            """;

    private static final TypeReference<List<RequirementSkill>> SKILLS = new TypeReference<>() {
    };

    @Override
    public void insert(SqlSession s, TenantId tenant, UUID id, RequirementInput in, Instant now) {
        s.update("""
                insert into requirement (tenant_id, id, external_ref, title, description, status, city, state, country,
                    work_mode, min_years, seniority, budget_amount, budget_currency, budget_unit, employment_type,
                    duration_months, start_date, client_name, work_authorizations, version, created_at, updated_at)
                values (:tenant, :id, :external_ref, :title, :description, :status, :city, :state, :country,
                    :work_mode, :min_years, :seniority, :budget_amount, :budget_currency, :budget_unit, :employment_type,
                    :duration_months, :start_date, :client_name, coalesce(string_to_array(:work_authorizations, ','), '{}'), 1, :now, :now)""",
                fields(tenant, id, in).and("now", now));
        insertSkills(s, tenant, id, in.skills());
    }

    @Override
    public Optional<Requirement> find(SqlSession s, TenantId tenant, UUID id, boolean forUpdate) {
        String sql = SELECT + " where r.tenant_id = :tenant and r.id = :id" + (forUpdate ? " for update of r" : "");
        return s.queryOne(sql, SqlParams.of("tenant", tenant.value()).and("id", id)).map(RequirementStore::toRequirement);
    }

    @Override
    public List<Requirement> findMany(SqlSession s, TenantId tenant, java.util.Collection<UUID> ids, String andWhere) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String csv = String.join(",", ids.stream().map(UUID::toString).toList());
        String sql = SELECT + " where r.tenant_id = :tenant and r.id = any(cast(string_to_array(:ids, ',') as uuid[]))"
                + (andWhere == null || andWhere.isBlank() ? "" : " and (" + andWhere + ")");
        return s.query(sql, SqlParams.of("tenant", tenant.value()).and("ids", csv)).stream().map(RequirementStore::toRequirement).toList();
    }

    @Override
    public List<Requirement> list(SqlSession s, TenantId tenant, Optional<UUID> before, int limit) {
        SqlParams params = SqlParams.of("tenant", tenant.value()).and("limit", limit);
        String where = " where r.tenant_id = :tenant";
        if (before.isPresent()) {
            where += " and r.id < :before";
            params = params.and("before", before.get());
        }
        return s.query(SELECT + where + " order by r.id desc limit :limit", params).stream()
                .map(RequirementStore::toRequirement)
                .toList();
    }

    @Override
    public void update(SqlSession s, TenantId tenant, Requirement current, RequirementInput in, Instant now) {
        s.update("""
                update requirement set external_ref = :external_ref, title = :title, description = :description,
                    status = :status, city = :city, state = :state, country = :country, work_mode = :work_mode,
                    min_years = :min_years, seniority = :seniority, budget_amount = :budget_amount,
                    budget_currency = :budget_currency, budget_unit = :budget_unit, employment_type = :employment_type,
                    duration_months = :duration_months, start_date = :start_date, client_name = :client_name,
                    work_authorizations = coalesce(string_to_array(:work_authorizations, ','), '{}'),
                    version = version + 1, updated_at = :now
                where tenant_id = :tenant and id = :id""",
                fields(tenant, current.id(), in).and("now", now));
        s.update("delete from requirement_skill where tenant_id = :tenant and requirement_id = :id",
                SqlParams.of("tenant", tenant.value()).and("id", current.id()));
        insertSkills(s, tenant, current.id(), in.skills());
    }

    @Override
    public void delete(SqlSession s, TenantId tenant, UUID id) {
        s.update("delete from requirement where tenant_id = :tenant and id = :id",
                SqlParams.of("tenant", tenant.value()).and("id", id));
    }

    @Override
    public RequirementInput toInput(Requirement entity) {
        return RequirementInput.of(entity);
    }

    @Override
    public String describeDuplicate(String constraint) {
        return switch (constraint) {
            case "requirement_external_ref_key" -> "another requirement already has this externalRef";
            default -> null;
        };
    }

    private static SqlParams fields(TenantId tenant, UUID id, RequirementInput in) {
        Location loc = in.location();
        Rate budget = in.budget();
        String auths = in.workAuthorizations().isEmpty() ? null
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
                .and("employment_type", budget == null || budget.employmentType() == null ? null : budget.employmentType().code())
                .and("duration_months", in.durationMonths())
                .and("start_date", in.startDate())
                .and("client_name", in.clientName())
                .and("work_authorizations", auths);
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
            row.put("position", i);
            rows.add(row);
        }
        s.update("""
                insert into requirement_skill (tenant_id, requirement_id, skill_key, name, required, min_years, position)
                select :tenant, :id, x.skill_key, x.name, x.required, x.min_years, x.position
                from jsonb_to_recordset(:skills) as x(skill_key text, name text, required boolean, min_years numeric, position int)""",
                SqlParams.of("tenant", tenant.value()).and("id", id).and("skills", new SqlJson(Json.write(rows))));
    }

    static Requirement toRequirement(Row r) {
        Location location = r.isNull("city") && r.isNull("state") && r.isNull("country") ? null
                : new Location(r.string("city"), r.string("state"), r.string("country"));
        Rate budget = r.isNull("budget_amount") ? null
                : new Rate(r.decimal("budget_amount"), r.string("budget_currency"), RateUnit.valueOf(r.string("budget_unit")),
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
                r.stringList("work_authorizations").stream().map(WorkAuthorization::valueOf).toList(),
                r.longValue("version"),
                r.instant("created_at"),
                r.instant("updated_at"));
    }

    private static List<RequirementSkill> readSkills(String json) {
        try {
            return Json.strict().readValue(json, SKILLS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("requirement_skill aggregate is not valid JSON", e);
        }
    }
}
