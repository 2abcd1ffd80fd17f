package com.benchcrm.notification.mail;

import com.benchcrm.notification.DigestMail;
import com.benchcrm.notification.NotificationMailer;
import com.benchcrm.tenancy.TenantId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.UUID;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.message.BodyPartBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.message.MultipartBuilder;

/**
 * The embedded stack's mail "sender": each digest becomes one RFC 5322 message (multipart/alternative,
 * text and HTML, built with mime4j) in {@code <dir>/<tenant>/<timestamp>-<id>.eml}, written to a
 * temporary file and moved into place, so a reader never sees half a mail. Open it in any mail client.
 *
 * <pre>{@code
 * NotificationMailer mailer = new FolderNotificationMailer(home.resolve("sent-mail/digests"), "notifications@benchcrm.localhost", clock);
 * }</pre>
 */
public final class FolderNotificationMailer implements NotificationMailer {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final Path dir;
    private final String from;
    private final Clock clock;

    public FolderNotificationMailer(Path dir, String from, Clock clock) {
        this.dir = dir;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public void send(TenantId tenant, DigestMail mail) {
        try {
            Path folder = Files.createDirectories(dir.resolve(tenant.value().toString()));
            String name =
                    STAMP.format(clock.instant().atZone(java.time.ZoneOffset.UTC)) + "-" + UUID.randomUUID() + ".eml";
            Message message = Message.Builder.of()
                    .setFrom(from)
                    .setTo(mail.to())
                    .setSubject(mail.subject())
                    .setDate(Date.from(clock.instant()))
                    .generateMessageId("benchcrm.localhost")
                    .setBody(MultipartBuilder.create("alternative")
                            .addBodyPart(BodyPartBuilder.create().setBody(mail.text(), "plain", StandardCharsets.UTF_8))
                            .addBodyPart(BodyPartBuilder.create().setBody(mail.html(), "html", StandardCharsets.UTF_8))
                            .build())
                    .build();
            Path tmp = Files.createTempFile(folder, ".digest-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                new DefaultMessageWriter().writeMessage(message, out);
            }
            Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | org.apache.james.mime4j.MimeException | RuntimeException e) {
            throw new MailNotSentException("could not write the digest to " + dir + ": " + e.getMessage(), e);
        }
    }
}
