package com.benchcrm.sql.rdsdata;

import static com.benchcrm.sql.rdsdata.DataApiStub.BEGIN;
import static com.benchcrm.sql.rdsdata.DataApiStub.COMMIT;
import static com.benchcrm.sql.rdsdata.DataApiStub.EXECUTE;
import static com.benchcrm.sql.rdsdata.DataApiStub.ROLLBACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlException;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Values across the Data API wire, both ways, through the SDK and a local stub of the service. */
class RdsDataTypeMappingIT {

    static DataApiStub stub;
    static RdsDataSqlPort port;

    @BeforeAll
    static void start() {
        stub = DataApiStub.start();
        port = stub.port();
    }

    @AfterAll
    static void stop() {
        port.close();
        stub.close();
    }

    @BeforeEach
    void reset() {
        stub.reset();
    }

    @Test
    void query_typedFields_becomeJavaValuesTheRowGettersRead() {
        stub.answer(EXECUTE, "typed-row.json");

        Row row = port.withoutTenant(s -> s.query("select * from consultant")).get(0);

        assertThat(row.raw("id")).isEqualTo(9_007_199_254_740_993L); // not representable as a double
        assertThat(row.raw("score")).isEqualTo(0.875);
        assertThat(row.raw("active")).isEqualTo(Boolean.TRUE);
        assertThat(row.raw("full_name")).isEqualTo("Ann Lee");
        assertThat((byte[]) row.raw("photo")).containsExactly(0, 1, 2, 255);
        assertThat(row.raw("rate")).isEqualTo(new BigDecimal("72.50")); // scale kept: numeric travels as text
        assertThat(row.raw("consultant_id")).isEqualTo(UUID.fromString("6f1d2c3b-4a59-4e87-9d21-0c3b5a7e8f90"));
        assertThat(row.raw("created_at")).isEqualTo(Instant.parse("2026-02-28T17:45:12.123456Z"));
        assertThat(row.raw("available_from")).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(row.raw("profile")).isEqualTo("{\"skills\": [\"java\", \"aws\"], \"remote\": true}");
        assertThat(row.raw("status")).isEqualTo("OPEN"); // a type the adapter does not know stays text

        assertThat(row.longValue("id")).isEqualTo(9_007_199_254_740_993L);
        assertThat(row.doubleValue("score")).isEqualTo(0.875);
        assertThat(row.bool("active")).isTrue();
        assertThat(row.decimal("rate")).isEqualByComparingTo("72.5");
        assertThat(row.uuid("consultant_id")).isEqualTo(UUID.fromString("6f1d2c3b-4a59-4e87-9d21-0c3b5a7e8f90"));
        assertThat(row.instant("created_at")).isEqualTo(Instant.parse("2026-02-28T17:45:12.123456Z"));
        assertThat(row.date("available_from")).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void query_nullFields_areNullWhateverTheColumnType() {
        stub.answer(EXECUTE, "null-row.json");

        Row row = port.withoutTenant(s -> s.query("select * from consultant")).get(0);

        for (String column : List.of(
                "id",
                "score",
                "active",
                "full_name",
                "photo",
                "rate",
                "consultant_id",
                "created_at",
                "available_from",
                "profile",
                "status")) {
            assertThat(row.has(column)).as(column).isTrue();
            assertThat(row.isNull(column)).as(column).isTrue();
        }
        assertThat(row.uuid("consultant_id")).isNull();
        assertThat(row.instant("created_at")).isNull();
        assertThat(row.decimal("rate")).isNull();
        assertThat(row.date("available_from")).isNull();
    }

    @Test
    void query_arrayColumns_becomeListsOfTheirElementType() {
        stub.answer(EXECUTE, "array-row.json");

        Row row = port.withoutTenant(s -> s.query("select visas, years from requirement"))
                .get(0);

        assertThat(row.stringList("visas")).containsExactly("H1B", "GC_EAD", "US_CITIZEN");
        assertThat(row.raw("years")).isEqualTo(List.of(3L, 5L, 12L));
        assertThat(row.raw("weights")).isEqualTo(List.of(0.5, 1.25));
        assertThat(row.raw("flags")).isEqualTo(List.of(true, false));
        assertThat(row.raw("grid")).isEqualTo(List.of(List.of("a", "b"), List.of("c", "d")));
        assertThat(row.stringList("no_tags")).isEmpty();
        assertThat(row.raw("null_tags")).isNull();
        assertThat(row.stringList("null_tags")).isEmpty();
    }

    @Test
    void query_parameters_travelAsTheMatchingValueKindsAndTypeHints() {
        stub.answer(EXECUTE, "select-one.json");
        UUID id = UUID.fromString("6f1d2c3b-4a59-4e87-9d21-0c3b5a7e8f90");

        port.withoutTenant(s -> s.query(
                """
                select :s as s, :i as i, :l as l, :d as d, :amount as amount, :big as big, :flag as flag,
                       :id as id, :at as at, :whole_second as whole_second, :day as day, :photo as photo,
                       :j as j, :missing as missing, ':not_a_param' as literal, 1::int4 as cast_is_not_a_param""",
                SqlParams.of("s", "Ann")
                        .and("i", 7)
                        .and("l", 9_007_199_254_740_993L)
                        .and("d", 0.25)
                        .and("amount", new BigDecimal("72.50"))
                        .and("big", new BigDecimal("1E+3"))
                        .and("flag", true)
                        .and("id", id)
                        .and("at", Instant.parse("2026-02-28T17:45:12.123456789Z"))
                        .and("whole_second", Instant.parse("2026-02-28T17:45:12Z"))
                        .and("day", LocalDate.of(2026, 3, 2))
                        .and("photo", new byte[] {0, 1, 2, (byte) 255})
                        .and("j", new SqlJson("{\"rows\": [{\"skill\": \"java\"}]}"))
                        .and("missing", null)
                        .and("unused", "not referenced by the statement")));

        JsonNode body = stub.requests(EXECUTE).get(0).body();
        Map<String, JsonNode> params = new HashMap<>();
        body.path("parameters").forEach(p -> params.put(p.path("name").asText(), p));

        assertThat(params.keySet())
                .containsExactlyInAnyOrder(
                        "s",
                        "i",
                        "l",
                        "d",
                        "amount",
                        "big",
                        "flag",
                        "id",
                        "at",
                        "whole_second",
                        "day",
                        "photo",
                        "j",
                        "missing");
        assertParam(params.get("s"), "stringValue", "Ann", null);
        assertParam(params.get("i"), "longValue", "7", null);
        assertParam(params.get("l"), "longValue", "9007199254740993", null);
        assertParam(params.get("d"), "doubleValue", "0.25", null);
        assertParam(params.get("amount"), "stringValue", "72.50", "DECIMAL");
        assertParam(params.get("big"), "stringValue", "1000", "DECIMAL"); // plain notation, never 1E+3
        assertParam(params.get("flag"), "booleanValue", "true", null);
        assertParam(params.get("id"), "stringValue", id.toString(), "UUID");
        assertParam(params.get("at"), "stringValue", "2026-02-28 17:45:12.123456", "TIMESTAMP");
        assertParam(params.get("whole_second"), "stringValue", "2026-02-28 17:45:12.000000", "TIMESTAMP");
        assertParam(params.get("day"), "stringValue", "2026-03-02", "DATE");
        assertParam(params.get("photo"), "blobValue", "AAEC/w==", null);
        assertParam(params.get("j"), "stringValue", "{\"rows\": [{\"skill\": \"java\"}]}", "JSON");
        assertParam(params.get("missing"), "isNull", "true", null);
        assertThat(params.get("l").path("value").path("longValue").isIntegralNumber())
                .isTrue();

        assertThat(body.path("includeResultMetadata").asBoolean(false)).isTrue();
        assertThat(body.path("resultSetOptions").path("decimalReturnType").asText())
                .isEqualTo("STRING");
        assertThat(body.has("formatRecordsAs")).isFalse();
        assertThat(body.path("resourceArn").asText()).isEqualTo(DataApiStub.CLUSTER_ARN);
        assertThat(body.path("secretArn").asText()).isEqualTo(DataApiStub.SECRET_ARN);
        assertThat(body.path("database").asText()).isEqualTo(DataApiStub.DATABASE);
    }

    @Test
    void update_returnsNumberOfRecordsUpdated_withoutAskingForMetadata() {
        stub.answer(EXECUTE, "update-three-rows.json");

        long updated = port.withoutTenant(
                s -> s.update("update consultant set active = :active where active", SqlParams.of("active", false)));

        assertThat(updated).isEqualTo(3);
        assertThat(stub.requests(EXECUTE)
                        .get(0)
                        .body()
                        .path("includeResultMetadata")
                        .asBoolean(true))
                .isFalse();
    }

    @Test
    void query_parameterWithoutValue_isRefusedBeforeTheStatementIsSent() {
        assertThatThrownBy(() -> port.withoutTenant(s -> s.query(
                        "select * from consultant where email = :email", SqlParams.of("mail", "ann.lee@example.com"))))
                .isInstanceOf(SqlException.class)
                .hasMessage("no value for parameter :email");

        assertThat(stub.operations()).containsExactly(BEGIN, ROLLBACK);
        assertThat(stub.operations()).doesNotContain(COMMIT);
    }

    private static void assertParam(JsonNode param, String kind, String text, String typeHint) {
        assertThat(param).as("parameter").isNotNull();
        JsonNode value = param.path("value");
        assertThat(value.size()).as(param + ": exactly one value member").isEqualTo(1);
        assertThat(value.has(kind)).as(param + " carries " + kind).isTrue();
        assertThat(value.path(kind).asText()).as(param.toString()).isEqualTo(text);
        if (typeHint == null) {
            assertThat(param.has("typeHint")).as(param + " has no typeHint").isFalse();
        } else {
            assertThat(param.path("typeHint").asText()).as(param.toString()).isEqualTo(typeHint);
        }
    }
}
