package com.benchcrm.function.workauthorizationalerts;

import com.benchcrm.function.runtime.EventHandler;
import com.benchcrm.function.runtime.Invocation;
import com.benchcrm.workauth.ExpiryAlerts;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code workAuthorizationAlerts} function, invoked once a day by an EventBridge schedule (the
 * event's content is ignored): in every active tenant, announces {@code WorkAuthorizationExpiring}
 * for each work authorization that ends within the tenant's lead time and was not announced yet.
 * Reruns and overlapping invocations announce nothing twice: the notice row and the event commit
 * together. ADR 0082.
 */
public final class WorkAuthorizationAlertsFunction implements EventHandler<WorkAuthorizationAlertsFunction.Summary> {

    private static final Logger LOG = LoggerFactory.getLogger(WorkAuthorizationAlertsFunction.class);

    /** The response: tenants visited, expiries announced, tenants whose run failed (their ids). */
    public record Summary(int tenants, int announced, List<String> failedTenants) {}

    private final Supplier<ExpiryAlerts.Report> run;

    /** @param run one run of the job ({@code alerts::run}) */
    public WorkAuthorizationAlertsFunction(Supplier<ExpiryAlerts.Report> run) {
        this.run = run;
    }

    @Override
    public Summary handle(Invocation invocation) {
        ExpiryAlerts.Report r = run.get();
        if (!r.failedTenants().isEmpty()) {
            // the next day's run covers them: each expiry stays announceable for the whole lead time
            LOG.error(
                    "work authorization alerts failed for {} tenant(s)",
                    r.failedTenants().size());
        }
        return new Summary(r.tenants(), r.announced(), List.copyOf(r.failedTenants()));
    }
}
