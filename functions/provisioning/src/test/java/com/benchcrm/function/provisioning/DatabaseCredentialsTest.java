package com.benchcrm.function.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseCredentialsTest {

    @Test
    void parse_rdsSecretShape_readsUserAndPassword() {
        DatabaseCredentials c = DatabaseCredentials.parse(
                "{\"username\":\"benchcrm_app\",\"password\":\"s3cretValue0123456\",\"host\":\"h\",\"port\":5432,\"engine\":\"postgres\"}");

        assertThat(c).isEqualTo(new DatabaseCredentials("benchcrm_app", "s3cretValue0123456"));
        assertThat(c.toString()).doesNotContain("s3cretValue0123456");
    }

    @Test
    void parse_notJson_failsWithoutEchoingTheSecret() {
        assertThatThrownBy(() -> DatabaseCredentials.parse("plain-s3cret"))
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageNotContaining("plain-s3cret");
    }

    @Test
    void parse_noUsername_fails() {
        assertThatThrownBy(() -> DatabaseCredentials.parse("{\"password\":\"x\"}"))
                .isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("username");
    }
}
