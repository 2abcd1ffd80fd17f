package com.benchcrm.function.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.notification.NewNotification;
import com.benchcrm.notification.NotificationKind;
import com.benchcrm.notification.NotificationPreferences;
import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.testing.contract.Samples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The {@code notificationsDaily} function through its real entry point with the schedule's sample event
 * ({@code events/notifications/daily-schedule.json}), on PostgreSQL with the folder mailer: the digest
 * of a user who asked for it is one mail, once a day.
 */
class NotificationsDailyFunctionContractIT {

    static final ObjectMapper JSON = new ObjectMapper();

    final NotificationsTestStack stack = NotificationsTestStack.get();

    @Test
    void dailyInvocation_sendsTheDigestOfAUserWhoAskedForIt_onceAcrossReruns() throws Exception {
        TenantId tenant = stack.newTenant("daily-fn");
        UUID ann = stack.user(tenant, "ann@acme.example");
        UUID bob = stack.user(tenant, "bob@acme.example");
        stack.in(tenant, (Tx tx) -> {
            stack.db
                    .notifications()
                    .savePreferences(
                            tx,
                            ann,
                            new NotificationPreferences(0.7, EnumSet.allOf(NotificationKind.class), true, 0, null),
                            null,
                            Instant.now());
            for (UUID user : List.of(ann, bob)) {
                stack.db
                        .notifications()
                        .insert(
                                tx,
                                Samples.id(),
                                new NewNotification(
                                        user,
                                        NotificationKind.OUTREACH_REPLY,
                                        "Reply to a hot list from bench@vendor.example",
                                        null,
                                        "hot-list",
                                        UUID.randomUUID(),
                                        "/hot-lists/x",
                                        "daily-it",
                                        null),
                                Instant.now());
            }
            return null;
        });
        byte[] schedule = NotificationsTestStack.sample("daily-schedule");

        JsonNode first = JSON.readTree(stack.daily.invoke(schedule));
        JsonNode rerun = JSON.readTree(stack.daily.invoke(schedule));

        assertThat(first.path("failedTenants")).isEmpty();
        assertThat(first.path("digestsSent").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(rerun.path("digestsSent").asInt()).isZero();
        Path folder = stack.digests.resolve(tenant.value().toString());
        List<Path> mails;
        try (Stream<Path> s = Files.list(folder)) {
            mails = s.filter(p -> p.toString().endsWith(".eml")).toList();
        }
        assertThat(mails)
                .singleElement()
                .satisfies(m -> assertThat(Files.readString(m))
                        .contains("To: ann@acme.example")
                        .contains("Reply to a hot list from bench@vendor.example"));
    }
}
