package com.benchcrm.function.webhookdelivery;

import com.amazonaws.services.lambda.runtime.Context;
import com.benchcrm.workauth.ExpiryAlerts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.messaging.Message;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The {@code workAuthorizationAlerts} function, invoked once a day by an EventBridge schedule: in
 * every active tenant, announces {@code WorkAuthorizationExpiring} for each work authorization that
 * ends within the tenant's lead time and was not announced yet (reruns and overlapping invocations
 * announce nothing twice: the notice row and the event commit together). The event's content is
 * ignored. ADR 0082.
 */
public final class WorkAuthorizationAlertsFunction implements Function<Message<byte[]>, Map<String, Object>> {

    private final ExpiryAlerts alerts;

    public WorkAuthorizationAlertsFunction(ExpiryAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public Map<String, Object> apply(Message<byte[]> message) {
        Object context = message.getHeaders().get(AWSLambdaUtils.AWS_CONTEXT);
        return context instanceof Context lambda ? PowertoolsLogging.withLogging(lambda, this::run) : run();
    }

    private Map<String, Object> run() {
        ExpiryAlerts.Report r = alerts.run();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("tenants", r.tenants());
        summary.put("announced", r.announced());
        summary.put("failedTenants", r.failedTenants());
        if (!r.failedTenants().isEmpty()) {
            // the schedule retries nothing; the next day's run covers them (each expiry stays announceable for the whole lead time)
            org.slf4j.LoggerFactory.getLogger(WorkAuthorizationAlertsFunction.class).error("work authorization alerts failed for {} tenant(s)",
                    r.failedTenants().size());
        }
        return summary;
    }
}
