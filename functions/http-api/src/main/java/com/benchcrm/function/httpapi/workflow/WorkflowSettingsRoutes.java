package com.benchcrm.function.httpapi.workflow;

import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.security.Permission;
import com.benchcrm.workflow.WorkflowPolicy;
import com.benchcrm.workflow.WorkflowSettings;
import java.math.BigDecimal;
import java.time.Instant;

/** Registers {@code GET} and {@code PUT /v1/settings/workflow}: the tenant's RTR policy, duplicate window, margin floor and W2 burden. */
public final class WorkflowSettingsRoutes {

    private WorkflowSettingsRoutes() {}

    /** The settings as the API answers them ({@code WorkflowSettings} in the OpenAPI document). */
    public record WorkflowSettingsResponse(
            boolean rtrRequired,
            int duplicateWindowDays,
            BigDecimal marginFloorPercent,
            BigDecimal w2BurdenPercent,
            long version,
            String updatedBy,
            Instant updatedAt) {

        static WorkflowSettingsResponse of(WorkflowSettings s) {
            return new WorkflowSettingsResponse(
                    s.rtrRequired(),
                    s.duplicateWindowDays(),
                    s.marginFloorPercent(),
                    s.w2BurdenPercent(),
                    s.version(),
                    s.updatedBy(),
                    s.updatedAt());
        }
    }

    public static void register(Router router, WorkflowPolicy policy) {
        router.add(
                "GET",
                "/v1/settings/workflow",
                false,
                (req, caller) -> HttpResponse.json(200, WorkflowSettingsResponse.of(policy.get(caller))));
        router.add("PUT", "/v1/settings/workflow", false, (req, caller) -> {
            caller.require(Permission.SETTINGS_MANAGE);
            return HttpResponse.json(
                    200,
                    WorkflowSettingsResponse.of(
                            policy.update(caller, JsonBodies.read(req, WorkflowSettings.Input.class))));
        });
    }
}
