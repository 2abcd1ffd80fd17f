package com.benchcrm.local.stack;

import com.benchcrm.local.lambda.FunctionHost;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded stack's stand-in for the daily EventBridge schedule of the work authorization alerts:
 * invokes the {@code workAuthorizationAlerts} function ({@code functions/work-authorization-alerts}) (the same entry point as in
 * AWS, with a scheduled-event payload) shortly after the start and then every {@code period}
 * ({@code BENCHCRM_WORK_AUTH_ALERTS_EVERY}, default {@code PT24H}; {@code off} disables it). Reruns
 * announce nothing twice, so a restart's extra run is harmless. The daily notifications
 * ({@code notificationsDaily}, {@code BENCHCRM_NOTIFICATIONS_DAILY_EVERY}) use the same timer under their own name.
 */
final class WorkAuthorizationTimer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkAuthorizationTimer.class);
    private static final byte[] SCHEDULED_EVENT = """
            {"version":"0","detail-type":"Scheduled Event","source":"aws.events","detail":{}}""".getBytes(StandardCharsets.UTF_8);

    private final ScheduledExecutorService timer;
    private final Runnable run;

    private WorkAuthorizationTimer(ScheduledExecutorService timer, Runnable run) {
        this.timer = timer;
        this.run = run;
    }

    /** Runs the function once now, on the timer's thread (after a run in progress), and waits for it. */
    void runNow() {
        try {
            timer.submit(run).get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("run now failed: {}", e.toString());
        }
    }

    /** Empty (nothing scheduled) when {@code setting} is {@code off}. */
    static java.util.Optional<WorkAuthorizationTimer> start(
            FunctionHost function, String setting, Duration firstDelay) {
        return start("work-authorization-alerts", function, setting, firstDelay);
    }

    /** A daily schedule's stand-in for {@code function}, its thread and log lines named {@code name}. */
    static java.util.Optional<WorkAuthorizationTimer> start(
            String name, FunctionHost function, String setting, Duration firstDelay) {
        if (setting != null && setting.trim().equalsIgnoreCase("off")) {
            return java.util.Optional.empty();
        }
        Duration period = setting == null || setting.isBlank() ? Duration.ofHours(24) : Duration.parse(setting.trim());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        Runnable run = () -> {
            try {
                LOG.info("{}: {}", name, new String(function.invoke(SCHEDULED_EVENT), StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                LOG.warn("{} failed: {}", name, e.toString());
            }
        };
        timer.scheduleAtFixedRate(run, firstDelay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return java.util.Optional.of(new WorkAuthorizationTimer(timer, run));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
