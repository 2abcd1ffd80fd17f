package com.benchcrm.api;

import com.benchcrm.api.audit.AuditRoutes;
import com.benchcrm.api.consultant.ConsultantRoutes;
import com.benchcrm.api.health.HealthRoutes;
import com.benchcrm.api.http.HttpApi;
import com.benchcrm.api.http.RequestMetrics;
import com.benchcrm.api.http.Router;
import com.benchcrm.api.requirement.RequirementRoutes;
import com.benchcrm.api.webhook.WebhookRoutes;
import com.benchcrm.audit.AuditLog;
import com.benchcrm.auth.jwt.JwtTokenVerifier;
import com.benchcrm.common.Ids;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.security.TokenVerifier;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.sql.rdsdata.RdsDataConfig;
import com.benchcrm.sql.rdsdata.RdsDataSqlPort;
import com.benchcrm.webhook.DestinationGuard;
import com.benchcrm.webhook.Webhooks;
import java.time.Clock;
import java.time.Duration;

/**
 * The composition root of the HTTP API: builds the object graph from a validated config. Spring
 * only hosts the result; tests and benchmarks build it directly.
 *
 * <pre>{@code
 * HttpApiComponents c = HttpApiComponents.create(HttpApiConfig.from(System::getenv));
 * HttpResponse r = c.api().handle(request);
 * }</pre>
 */
public record HttpApiComponents(HttpApi api, SqlPort sql) {

    /** The Data API ends a statement after 45 s; an API call may not take longer. */
    static final Duration RDS_DATA_CALL_TIMEOUT = Duration.ofSeconds(45);

    public static HttpApiComponents create(HttpApiConfig config) {
        SqlPort sql = sqlPort(config);
        TokenVerifier verifier = JwtTokenVerifier.create(config.jwt());
        return create(config, sql, verifier);
    }

    public static HttpApiComponents create(HttpApiConfig config, SqlPort sql, TokenVerifier verifier) {
        Clock clock = Clock.systemUTC();
        Ids ids = new Ids(clock);
        AuditLog audit = new AuditLog(sql, ids, clock);
        Outbox outbox = new Outbox(ids, clock);
        Idempotency idempotency = new Idempotency(clock);
        Router router = new Router();
        HealthRoutes.register(router, sql);
        ConsultantRoutes.register(router, new Consultants(sql, audit, outbox, idempotency, ids, clock));
        RequirementRoutes.register(router, new Requirements(sql, audit, outbox, idempotency, ids, clock));
        AuditRoutes.register(router, audit);
        DestinationGuard guard = config.webhookAllowLoopback() ? DestinationGuard.allowingLoopback() : DestinationGuard.publicOnly();
        WebhookRoutes.register(router, new Webhooks(sql, audit, guard, ids, clock));
        RequestMetrics metrics = config.emfMetrics() ? new PowertoolsRequestMetrics() : RequestMetrics.NONE;
        return new HttpApiComponents(new HttpApi(router, verifier, config.maxBodyBytes(), metrics), sql);
    }

    private static SqlPort sqlPort(HttpApiConfig config) {
        return switch (config.sqlMode()) {
            case JDBC -> {
                HttpApiConfig.Jdbc j = config.jdbc().orElseThrow();
                yield JdbcSqlPort.connect(j.url(), j.user(), j.password(), j.poolSize());
            }
            case RDSDATA -> {
                HttpApiConfig.RdsData r = config.rdsData().orElseThrow();
                yield RdsDataSqlPort.create(new RdsDataConfig(r.resourceArn(), r.secretArn(), r.database(), r.region(),
                        r.endpoint(), RDS_DATA_CALL_TIMEOUT));
            }
        };
    }
}
