package com.benchcrm.function.workauthorizationalerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The {@code workAuthorizationAlerts} function through its real entry point, with the schedule's
 * sample event ({@code events/work-authorization-alerts/daily-schedule.json}), on PostgreSQL.
 */
class WorkAuthorizationAlertsFunctionContractIT {

    static final ObjectMapper JSON = new ObjectMapper();

    static byte[] schedule() throws Exception {
        return Files.readAllBytes(scheduleFile());
    }

    static Path scheduleFile() throws Exception {
        return Path.of(WorkAuthorizationAlertsFunctionContractIT.class
                .getClassLoader()
                .getResource("events/work-authorization-alerts/daily-schedule.json")
                .toURI());
    }

    @Test
    void dailyInvocation_announcesWhatEndsWithinTheLeadTime_onceAcrossReruns() throws Exception {
        AlertsTestStack stack = AlertsTestStack.get();
        TenantId tenant = stack.newTenant("alerts-fn");
        UUID soon = stack.consultantEndingIn(tenant, "Hana Example", 20);
        UUID later = stack.consultantEndingIn(tenant, "Lee Example", 200);

        JsonNode first = JSON.readTree(stack.alertsFunction.invoke(schedule()));
        JsonNode rerun = JSON.readTree(stack.alertsFunction.invoke(schedule()));

        assertThat(first.path("tenants").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(first.path("announced").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(first.path("failedTenants")).isEmpty();
        assertThat(rerun.path("announced").asInt()).isZero();
        assertThat(stack.announcements(tenant, soon)).isEqualTo(1);
        assertThat(stack.announcements(tenant, later)).isZero();
    }
}
