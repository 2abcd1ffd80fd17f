package com.benchcrm.function.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationsConfigTest {

    static final Map<String, String> SQL = Map.of(
            "BENCHCRM_SQL_MODE", "rdsdata",
            "BENCHCRM_DB_RESOURCE_ARN", "arn:aws:rds:us-east-1:123456789012:cluster:benchcrm",
            "BENCHCRM_DB_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:app",
            "BENCHCRM_DB_NAME", "benchcrm",
            "AWS_REGION", "us-east-1");

    @Test
    void from_withSqlOnly_hasNoNotifyFunction_andNoDigests_andTheRoutingsMaxReceives() {
        NotificationsConfig c = NotificationsConfig.from(SQL::get);

        assertThat(c.notifyDlqUrl()).isEmpty();
        assertThat(c.mailMode()).isEqualTo("off");
        assertThat(c.notifyMaxReceives()).isEqualTo(5);
        assertThat(c.consoleUrl()).isEqualTo("http://localhost:3000");
    }

    @Test
    void from_folderMailWithoutFolderOrSender_namesEveryProblem() {
        Map<String, String> env = new java.util.HashMap<>(SQL);
        env.put("BENCHCRM_MAIL_MODE", "folder");
        env.put("BENCHCRM_MAX_RECEIVES", "zero");

        assertThatThrownBy(() -> NotificationsConfig.from(env::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BENCHCRM_DIGEST_FROM")
                .hasMessageContaining("BENCHCRM_DIGEST_DIR")
                .hasMessageContaining("BENCHCRM_MAX_RECEIVES");
    }

    @Test
    void from_anUnknownMailMode_isRefused() {
        Map<String, String> env = new java.util.HashMap<>(SQL);
        env.put("BENCHCRM_MAIL_MODE", "pigeon");

        assertThatThrownBy(() -> NotificationsConfig.from(env::get)).hasMessageContaining("ses, folder or off");
    }
}
