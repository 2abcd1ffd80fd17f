package com.benchcrm.function.workauthorizationalerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.function.runtime.Invocation;
import com.benchcrm.workauth.ExpiryAlerts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkAuthorizationAlertsFunctionTest {

    static final Invocation SCHEDULE = new Invocation(
            "{\"detail-type\":\"Scheduled Event\",\"detail\":{}}".getBytes(StandardCharsets.UTF_8), Optional.empty());

    @Test
    void eachInvocation_runsTheJobOnce_andAnswersWhatItDid() {
        List<String> runs = new ArrayList<>();
        WorkAuthorizationAlertsFunction f = new WorkAuthorizationAlertsFunction(() -> {
            runs.add("run");
            return new ExpiryAlerts.Report(3, 2 * runs.size(), List.of());
        });

        WorkAuthorizationAlertsFunction.Summary first = f.handle(SCHEDULE);
        WorkAuthorizationAlertsFunction.Summary second = f.handle(SCHEDULE);

        assertThat(runs).hasSize(2);
        assertThat(first).isEqualTo(new WorkAuthorizationAlertsFunction.Summary(3, 2, List.of()));
        assertThat(second.announced()).isEqualTo(4);
    }

    @Test
    void failedTenants_areReported_notThrown() {
        List<String> failed = new ArrayList<>(List.of("tenant-a"));
        WorkAuthorizationAlertsFunction f =
                new WorkAuthorizationAlertsFunction(() -> new ExpiryAlerts.Report(2, 1, failed));

        WorkAuthorizationAlertsFunction.Summary s = f.handle(SCHEDULE);
        failed.add("later");

        assertThat(s.failedTenants()).containsExactly("tenant-a");
        assertThat(s.tenants()).isEqualTo(2);
    }
}
