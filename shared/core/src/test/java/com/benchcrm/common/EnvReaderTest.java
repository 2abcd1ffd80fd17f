package com.benchcrm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EnvReaderTest {

    enum Mode {
        JDBC,
        RDSDATA
    }

    @Test
    void goodValues_areTrimmedAndParsed_blankIsUnset() {
        Function<String, String> env = Map.of(
                "A", " x ", "N", "8", "D", "PT30S", "U", "http://127.0.0.1:9", "M", "jdbc", "B", " ", "F", "TRUE")::get;
        List<String> problems = new ArrayList<>();
        assertThat(EnvReader.required(env, "A", problems)).isEqualTo("x");
        assertThat(EnvReader.integer(env, "N", 2, problems)).isEqualTo(8);
        assertThat(EnvReader.integer(env, "missing", 2, problems)).isEqualTo(2);
        assertThat(EnvReader.duration(env, "D", Duration.ZERO, problems)).isEqualTo(Duration.ofSeconds(30));
        assertThat(EnvReader.uri(env, "U", problems)).contains(URI.create("http://127.0.0.1:9"));
        assertThat(EnvReader.enumOf(env, "M", Mode.class, Mode.RDSDATA, problems))
                .isEqualTo(Mode.JDBC);
        assertThat(EnvReader.optional(env, "B")).isEmpty();
        assertThat(EnvReader.flag(env, "F")).isTrue();
        assertThat(EnvReader.flag(env, "A")).isFalse();
        assertThat(problems).isEmpty();
        EnvReader.failIfAny("x", problems);
    }

    @Test
    void everyBadValue_isOneProblem_andAllAreReportedTogether() {
        Function<String, String> env =
                Map.of("N", "-1", "L", "abc", "D", "PT0S", "M", "odbc", "U", "http://bad host")::get;
        List<String> problems = new ArrayList<>();
        EnvReader.required(env, "R", problems);
        EnvReader.integer(env, "N", 2, problems);
        EnvReader.number(env, "L", 2, problems);
        EnvReader.duration(env, "D", Duration.ofSeconds(1), problems);
        EnvReader.enumOf(env, "M", Mode.class, Mode.JDBC, problems);
        EnvReader.uri(env, "U", problems);
        assertThat(problems).hasSize(6);
        assertThatThrownBy(() -> EnvReader.failIfAny("the outbox relay", problems))
                .hasMessageStartingWith(
                        "the outbox relay is not configured: R is not set; N must be a positive integer")
                .hasMessageContaining("M must be one of [jdbc, rdsdata], not odbc");
    }
}
