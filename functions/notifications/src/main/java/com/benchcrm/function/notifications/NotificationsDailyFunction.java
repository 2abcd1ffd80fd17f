package com.benchcrm.function.notifications;

import com.benchcrm.function.runtime.EventHandler;
import com.benchcrm.function.runtime.Invocation;
import com.benchcrm.notification.DailyNotifications;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code notificationsDaily} function, invoked once a day by a schedule (the event's content is
 * ignored): in every active tenant, notifies tomorrow's interviews and sends the daily digests. Reruns
 * notify and send nothing twice.
 */
public final class NotificationsDailyFunction implements EventHandler<NotificationsDailyFunction.Summary> {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationsDailyFunction.class);

    /** The response: tenants visited, interview notifications written, digests sent, tenants that failed. */
    public record Summary(int tenants, int interviewNotifications, int digestsSent, List<String> failedTenants) {}

    private final Supplier<DailyNotifications.Report> run;

    /** @param run one run of the job ({@code daily::run}) */
    public NotificationsDailyFunction(Supplier<DailyNotifications.Report> run) {
        this.run = run;
    }

    @Override
    public Summary handle(Invocation invocation) {
        DailyNotifications.Report r = run.get();
        if (!r.failedTenants().isEmpty()) {
            LOG.error(
                    "daily notifications failed for {} tenant(s)",
                    r.failedTenants().size());
        }
        return new Summary(r.tenants(), r.interviewNotifications(), r.digestsSent(), List.copyOf(r.failedTenants()));
    }
}
