package com.benchcrm.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.notification.DigestMail;
import com.benchcrm.notification.NotificationMailer;
import com.benchcrm.tenancy.TenantId;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderNotificationMailerTest {

    @TempDir
    Path dir;

    final Clock clock = Clock.fixed(Instant.parse("2026-12-06T13:00:00Z"), ZoneOffset.UTC);

    @Test
    void send_writesOneParsableMultipartMail_perDigest_underTheTenantsFolder() throws Exception {
        TenantId tenant = new TenantId(UUID.fromString("0193f7a0-0000-7000-8000-00000000a001"));
        DigestMail mail = new DigestMail(
                "ann@acme.example", "BenchCRM: 2 notifications — café", "Plain ünïcode", "<p>Html &amp; more</p>");

        new FolderNotificationMailer(dir, "notifications@benchcrm.localhost", clock).send(tenant, mail);

        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve(tenant.value().toString()))) {
            files = s.toList();
        }
        assertThat(files)
                .singleElement()
                .satisfies(f -> assertThat(f.getFileName().toString())
                        .startsWith("20261206T130000Z-")
                        .endsWith(".eml"));
        Message parsed;
        try (InputStream in = Files.newInputStream(files.get(0))) {
            parsed = new DefaultMessageBuilder().parseMessage(in);
        }
        assertThat(parsed.getSubject()).isEqualTo(mail.subject());
        assertThat(parsed.getTo().toString()).contains("ann@acme.example");
        assertThat(parsed.getMimeType()).isEqualTo("multipart/alternative");
        Multipart parts = (Multipart) parsed.getBody();
        assertThat(parts.getBodyParts()).extracting(e -> e.getMimeType()).containsExactly("text/plain", "text/html");
        TextBody text = (TextBody) parts.getBodyParts().get(0).getBody();
        assertThat(new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("Plain ünïcode");
    }

    @Test
    void send_whereTheFolderCannotBeMade_isMailNotSent() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        FolderNotificationMailer mailer = new FolderNotificationMailer(file, "n@benchcrm.localhost", clock);

        assertThatThrownBy(() -> mailer.send(
                        new TenantId(UUID.randomUUID()), new DigestMail("a@b.example", "s", "t", "<p>h</p>")))
                .isInstanceOf(NotificationMailer.MailNotSentException.class);
    }
}
