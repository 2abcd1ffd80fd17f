package com.benchcrm.sql.rdsdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.sql.SqlException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rdsdata.model.ColumnMetadata;
import software.amazon.awssdk.services.rdsdata.model.Field;

class DataApiValuesTest {

    @Test
    void parseInstant_postgresTextForms_allMeanTheSameInstant() {
        Instant expected = Instant.parse("2026-02-28T17:45:12.120Z");

        assertThat(DataApiValues.parseInstant("2026-02-28 17:45:12.12")).isEqualTo(expected);
        assertThat(DataApiValues.parseInstant("2026-02-28 17:45:12.120000+00")).isEqualTo(expected);
        assertThat(DataApiValues.parseInstant("2026-02-28 23:15:12.12+05:30")).isEqualTo(expected);
        assertThat(DataApiValues.parseInstant("2026-02-28 12:45:12.12-05")).isEqualTo(expected);
        assertThat(DataApiValues.parseInstant("2026-02-28T17:45:12.12Z")).isEqualTo(expected);
        assertThat(DataApiValues.parseInstant("2026-02-28 17:45:12.12Z")).isEqualTo(expected);
    }

    @Test
    void typed_valuesJavaCannotHold_stayText() {
        assertThat(DataApiValues.typed("infinity", "timestamptz")).isEqualTo("infinity");
        assertThat(DataApiValues.typed("NaN", "numeric")).isEqualTo("NaN");
        assertThat(DataApiValues.typed("not-a-uuid", "uuid")).isEqualTo("not-a-uuid");
    }

    @Test
    void typed_typeNameIsMatchedCaseInsensitivelyByRows() {
        List<com.benchcrm.sql.Row> rows = DataApiValues.rows(
                List.of(ColumnMetadata.builder()
                        .name("amount")
                        .typeName("NUMERIC")
                        .build()),
                List.of(List.of(Field.fromStringValue("1.50"))));

        assertThat(rows.get(0).raw("amount")).isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void rows_recordWiderThanItsMetadata_isRefused() {
        assertThatThrownBy(() -> DataApiValues.rows(
                        List.of(ColumnMetadata.builder()
                                .label("a")
                                .typeName("int4")
                                .build()),
                        List.of(List.of(Field.fromLongValue(1L), Field.fromLongValue(2L)))))
                .isInstanceOf(SqlException.class);
    }

    @Test
    void rows_labelMissing_fallsBackToTheColumnName() {
        List<com.benchcrm.sql.Row> rows = DataApiValues.rows(
                List.of(ColumnMetadata.builder().name("n").typeName("int8").build()),
                List.of(List.of(Field.fromLongValue(4L))));

        assertThat(rows.get(0).longValue("n")).isEqualTo(4L);
    }
}
