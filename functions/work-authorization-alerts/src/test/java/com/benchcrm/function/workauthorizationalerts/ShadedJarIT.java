package com.benchcrm.function.workauthorizationalerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.function.runtime.testing.ShadedJars;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Lambda artifact itself: it carries the job and the RDS Data API adapter and nothing
 * embedded-only (nor EventBridge or SQS: the job writes outbox rows only); in a fresh JVM (JDBC
 * supplied on the class path, as the embedded stack does) it announces what the schedule asks for.
 */
class ShadedJarIT {

    static final Path JAR = ShadedJars.find("benchcrm-work-authorization-alerts");

    @Test
    void shadedJar_carriesTheJobAndTheRdsDataAdapter_andNothingEmbeddedOnly() {
        ShadedJars.check(JAR)
                .carries(
                        "com/benchcrm/function/workauthorizationalerts/WorkAuthorizationAlertsApplication.class",
                        "com/benchcrm/workauth/ExpiryAlerts.class",
                        "com/benchcrm/sql/rdsdata/RdsDataSqlPort.class",
                        "META-INF/services/com.benchcrm.sql.SqlPortProvider")
                .nothingUnder(
                        "software/amazon/awssdk/services/sqs/",
                        "software/amazon/awssdk/services/eventbridge/",
                        "com/benchcrm/webhook/http/")
                .nothingEmbeddedOnly();
    }

    @Test
    void shadedJar_inAFreshJvm_announcesAnExpiry() throws Exception {
        AlertsTestStack stack = AlertsTestStack.get();
        TenantId tenant = stack.newTenant("alerts-jar");
        UUID soon = stack.consultantEndingIn(tenant, "Jo Example", 5);
        Map<String, String> env = new HashMap<>(stack.environment());
        env.put("MAIN_CLASS", WorkAuthorizationAlertsApplication.class.getName());
        env.put("POWERTOOLS_SERVICE_NAME", "work-authorization-alerts");
        env.put("AWS_LAMBDA_FUNCTION_NAME", "benchcrm-work-authorization-alerts");

        ShadedJars.Run run = ShadedJars.run(
                JAR, WorkAuthorizationAlertsFunctionContractIT.scheduleFile(), env, ShadedJars.embeddedSql());

        JsonNode summary = WorkAuthorizationAlertsFunctionContractIT.JSON.readTree(run.response());
        assertThat(summary.path("failedTenants")).as(run.output()).isEmpty();
        assertThat(stack.announcements(tenant, soon)).as(run.output()).isEqualTo(1);
    }
}
