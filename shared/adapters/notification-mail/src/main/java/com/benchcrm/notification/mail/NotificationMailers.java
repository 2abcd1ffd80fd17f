package com.benchcrm.notification.mail;

import com.benchcrm.notification.NotificationMailer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Picks the digest's mailer from settings: {@code ses} (AWS), {@code folder} (the embedded stack) or
 * {@code off} (no digests are claimed or sent).
 *
 * <pre>{@code
 * Optional<NotificationMailer> m = NotificationMailers.create(new NotificationMailers.Settings("folder", ...), clock);
 * }</pre>
 */
public final class NotificationMailers {

    /**
     * @param mode             {@code ses}, {@code folder} or {@code off}
     * @param from             the sender address (SES: a verified identity)
     * @param folder           where {@code folder} writes (required for it)
     * @param region           the SES region
     * @param configurationSet an SES configuration set, if any
     */
    public record Settings(
            String mode, String from, Optional<Path> folder, String region, Optional<String> configurationSet) {}

    private NotificationMailers() {}

    /** Empty when the mode is {@code off}. */
    public static Optional<NotificationMailer> create(Settings s, Clock clock) {
        return switch (s.mode()) {
            case "off" -> Optional.empty();
            case "folder" ->
                Optional.of(new FolderNotificationMailer(
                        s.folder()
                                .orElseThrow(() ->
                                        new IllegalArgumentException("the folder mailer needs BENCHCRM_DIGEST_DIR")),
                        s.from(),
                        clock));
            case "ses" ->
                Optional.of(new SesNotificationMailer(
                        SesV2Client.builder()
                                .region(Region.of(s.region()))
                                .httpClient(UrlConnectionHttpClient.create())
                                .build(),
                        s.from(),
                        s.configurationSet()));
            default ->
                throw new IllegalArgumentException("BENCHCRM_MAIL_MODE must be ses, folder or off, not " + s.mode());
        };
    }
}
