package com.benchcrm.function.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.function.runtime.testing.ShadedJars;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Lambda artifact itself: it carries both functions, the RDS Data API adapter, SQS (for the DLQ)
 * and SES v2 (the digest), and nothing embedded-only; in a fresh JVM (JDBC supplied on the class path,
 * as the embedded stack does) the daily function runs.
 */
class ShadedJarIT {

    static final Path JAR = ShadedJars.find("benchcrm-notifications");

    @Test
    void shadedJar_carriesBothFunctionsAndTheirAdapters_andNothingEmbeddedOnly() {
        ShadedJars.check(JAR)
                .carries(
                        "com/benchcrm/function/notifications/NotificationsApplication.class",
                        "com/benchcrm/notification/NotificationFanOut.class",
                        "com/benchcrm/notification/DailyNotifications.class",
                        "com/benchcrm/notification/mail/SesNotificationMailer.class",
                        "software/amazon/awssdk/services/sesv2/SesV2Client.class",
                        "com/benchcrm/sql/rdsdata/RdsDataSqlPort.class",
                        "META-INF/services/com.benchcrm.sql.SqlPortProvider")
                .nothingUnder("software/amazon/awssdk/services/eventbridge/", "com/benchcrm/webhook/http/")
                .nothingEmbeddedOnly();
    }

    @Test
    void shadedJar_inAFreshJvm_runsTheDailyFunction() throws Exception {
        NotificationsTestStack stack = NotificationsTestStack.get();
        Map<String, String> env = new HashMap<>(stack.environment());
        env.put("MAIN_CLASS", NotificationsApplication.class.getName());
        env.put("SPRING_CLOUD_FUNCTION_DEFINITION", NotificationsApplication.DAILY);
        env.put("POWERTOOLS_SERVICE_NAME", "notifications");
        env.put("AWS_LAMBDA_FUNCTION_NAME", "benchcrm-notifications-daily");

        ShadedJars.Run run =
                ShadedJars.run(JAR, NotificationsTestStack.sampleFile("daily-schedule"), env, ShadedJars.embeddedSql());

        JsonNode summary = new ObjectMapper().readTree(run.response());
        assertThat(summary.path("tenants").asInt()).as(run.output()).isGreaterThanOrEqualTo(0);
        assertThat(summary.path("failedTenants")).as(run.output()).isEmpty();
    }
}
