package com.benchcrm.local.stack;

import java.time.Duration;
import java.util.Locale;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.QoSHandler;

/**
 * How many requests the local gateway runs at once, per kind of route: on a laptop's two cores, 32
 * edge threads all running the function only share the cores more finely (and queue for the 8
 * database connections inside), while a request that waits its turn costs nothing. Routes that rank
 * or embed ({@code POST .../recommendations}, {@code GET /v1/search}) must first get a slot of their
 * own kind, so a burst of them cannot hold every slot and the cheap reads behind them keep moving.
 * API Gateway in AWS throttles per route instead (and Lambda runs each invocation in its own
 * instance); this is the local stand-in for that isolation.
 *
 * <p>Jetty's {@link QoSHandler} does the queueing: a request over the limit is suspended (it holds
 * no thread) and resumed in arrival order when a slot frees. A request suspended longer than
 * {@code maxWait} (30 s, API Gateway's integration timeout) is answered 503 (problem+json, by the
 * server's error handler).
 *
 * <pre>{@code
 * RouteAdmission admission = RouteAdmission.fromSystemProperties();   // benchcrm.edge.concurrency, .heavy
 * server.setHandler(admission.wrap(appHandler));
 * }</pre>
 *
 * <p>{@code benchcrm.edge.concurrency} (default 8) bounds all requests; {@code benchcrm.edge.heavy}
 * (default 2) the heavy routes' within it; 0 turns a bound off.
 */
public record RouteAdmission(int total, int heavy, Duration maxWait) {

    public RouteAdmission {
        if (total < 0 || heavy < 0) {
            throw new IllegalArgumentException("concurrency bounds must be 0 (off) or more");
        }
        if (total > 0 && heavy > total) {
            heavy = total;
        }
    }

    public RouteAdmission(int total, int heavy) {
        this(total, heavy, Duration.ofSeconds(30));
    }

    /** From {@code -Dbenchcrm.edge.concurrency} (default 8) and {@code -Dbenchcrm.edge.heavy} (default 2). */
    public static RouteAdmission fromSystemProperties() {
        return new RouteAdmission(
                Integer.getInteger("benchcrm.edge.concurrency", 8), Integer.getInteger("benchcrm.edge.heavy", 2));
    }

    /** Routes that rank or embed now: a recommendation run, a hybrid search. */
    static boolean heavy(String method, String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.equals("/v1/search")
                || ("POST".equalsIgnoreCase(method)
                        && p.startsWith("/v1/requirements/")
                        && p.endsWith("/recommendations"));
    }

    static boolean heavy(Request request) {
        return heavy(
                request.getMethod(), EdgeServer.decodePath(request.getHttpURI().getPath()));
    }

    /** {@code inner} behind the bounds: heavy routes' slots first, then the slots of all. */
    public Handler wrap(Handler inner) {
        Handler h = inner;
        if (total > 0) {
            QoSHandler all = qos(total);
            all.setHandler(h);
            h = all;
        }
        if (heavy > 0) {
            QoSHandler heavyOnly = qos(heavy);
            heavyOnly.include(RouteAdmission::heavy);
            heavyOnly.setHandler(h);
            h = heavyOnly;
        }
        return h;
    }

    private QoSHandler qos(int max) {
        QoSHandler q = new QoSHandler();
        q.setMaxRequestCount(max);
        q.setMaxSuspend(maxWait);
        // a closed loop of many clients must wait, not be refused: the 30 s timeout bounds the wait instead
        q.setMaxSuspendedRequestCount(100_000);
        return q;
    }
}
