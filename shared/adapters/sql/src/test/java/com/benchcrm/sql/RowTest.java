package com.benchcrm.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RowTest {

    @Test
    void getters_coerceTheDataApisStringForms() {
        Map<String, Object> v = new HashMap<>();
        v.put("id", "0193f7a2-5b3c-7d4e-8f60-123456789abc");
        v.put("at", "2026-01-02 03:04:05.123456");
        v.put("at_offset", "2026-01-02 08:34:05+05:30");
        v.put("amount", "72.50");
        v.put("day", "2026-02-28");
        v.put("flag", "t");
        v.put("n", "42");
        v.put("list", List.of("a", "b"));
        v.put("none", null);
        Row row = new Row(v);
        assertThat(row.uuid("id")).isEqualTo(UUID.fromString("0193f7a2-5b3c-7d4e-8f60-123456789abc"));
        assertThat(row.instant("at")).isEqualTo(Instant.parse("2026-01-02T03:04:05.123456Z"));
        assertThat(row.instant("at_offset")).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(row.decimal("amount")).isEqualByComparingTo("72.5");
        assertThat(row.date("day").toString()).isEqualTo("2026-02-28");
        assertThat(row.bool("flag")).isTrue();
        assertThat(row.longValue("n")).isEqualTo(42L);
        assertThat(row.stringList("list")).containsExactly("a", "b");
        assertThat(row.isNull("none")).isTrue();
        assertThat(row.stringList("none")).isEmpty();
    }

    @Test
    void missingColumn_isAnError_notANull() {
        assertThatThrownBy(() -> new Row(Map.of()).string("nope")).isInstanceOf(SqlException.class);
    }

    @Test
    void translate_uniqueViolation_dropsTheDetailLine() {
        SqlException e = SqlErrors.translate(
                "23505",
                null,
                "ERROR: duplicate key value violates unique constraint \"consultant_email_key\"\n  Detail: Key (email)=(a@b.c) already exists.",
                null);
        assertThat(e).isInstanceOfSatisfying(UniqueViolationException.class, u -> {
            assertThat(u.constraint()).isEqualTo("consultant_email_key");
            assertThat(u.getMessage()).doesNotContain("a@b.c");
        });
        assertThat(SqlErrors.translate("40001", null, "x", null)).isInstanceOf(TransientSqlException.class);
        assertThat(SqlErrors.sqlStateIn("ERROR: boom; SQLState: 42P01")).isEqualTo("42P01");
    }
}
