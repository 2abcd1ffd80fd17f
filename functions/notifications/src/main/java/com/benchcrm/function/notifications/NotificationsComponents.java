package com.benchcrm.function.notifications;

import com.benchcrm.common.Ids;
import com.benchcrm.events.ProcessedEvents;
import com.benchcrm.function.runtime.sqs.SqsBatch;
import com.benchcrm.notification.DailyNotifications;
import com.benchcrm.notification.NotificationFanOut;
import com.benchcrm.notification.NotificationMailer;
import com.benchcrm.notification.mail.NotificationMailers;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.queue.sqs.MessageDeadLetters;
import com.benchcrm.queue.sqs.SqsQueues;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.util.Optional;

/**
 * The composition root of the notifications functions: the SQL port, the fan-out and its SQS batch
 * handler (with the DLQ), the daily job with the digest's mailer. Clients are built once, here.
 *
 * <pre>{@code
 * NotificationsComponents c = NotificationsComponents.create(NotificationsConfig.from(System::getenv));
 * c.notifyHandler().orElseThrow().handle(SqsBatch.messages("notify", sqsEvent));
 * }</pre>
 */
public record NotificationsComponents(
        SqlPort sql, Optional<NotifyBatchHandler> notifyHandler, DailyNotifications daily) {

    public static NotificationsComponents create(NotificationsConfig config) {
        return create(config, config.sql().connect());
    }

    public static NotificationsComponents create(NotificationsConfig config, SqlPort sql) {
        Clock clock = Clock.systemUTC();
        Ids ids = new Ids(clock);
        PostgresPersistence db = PostgresPersistence.over(sql);
        NotificationFanOut fanOut = new NotificationFanOut(
                db.transactions(), db.notifications(), new ProcessedEvents(db.processedEvents(), clock), ids, clock);
        Optional<NotifyBatchHandler> notify = config.notifyDlqUrl().map(dlq -> {
            SqsQueues sqs = SqsQueues.create(config.sqsEndpoint()
                    .map(SqsQueues.Settings::local)
                    .orElseGet(() -> SqsQueues.Settings.aws(config.region())));
            return new NotifyBatchHandler(
                    fanOut, new SqsBatch(new MessageDeadLetters(sqs, dlq, clock)::send, config.notifyMaxReceives()));
        });
        NotificationMailer mailer = NotificationMailers.create(
                        new NotificationMailers.Settings(
                                config.mailMode(),
                                config.digestFrom(),
                                config.digestDir(),
                                config.region(),
                                config.sesConfigurationSet()),
                        clock)
                .orElse(NotificationsComponents::noMail);
        DailyNotifications daily = new DailyNotifications(
                db.transactions(),
                db.notifications(),
                mailer,
                config.consoleUrl(),
                ids,
                clock,
                !config.mailMode().equals("off"));
        return new NotificationsComponents(sql, notify, daily);
    }

    private static void noMail(TenantId tenant, com.benchcrm.notification.DigestMail mail) {
        throw new NotificationMailer.MailNotSentException("digests are off (BENCHCRM_MAIL_MODE=off)", null);
    }
}
