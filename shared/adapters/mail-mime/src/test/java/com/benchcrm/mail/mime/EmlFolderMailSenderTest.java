package com.benchcrm.mail.mime;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.marketing.OutboundMail;
import com.benchcrm.tenancy.TenantId;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local sink keeps a standard .eml that a mail parser reads back with every header and both bodies. */
class EmlFolderMailSenderTest {

    @TempDir
    Path dir;

    final TenantId tenant = new TenantId(UUID.fromString("0193f7a0-0000-7000-8000-00000000a001"));
    final MimeMailWriter writer =
            new MimeMailWriter(Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC));

    OutboundMail mail() {
        return new OutboundMail(
                "bench@acme.example",
                "Acme Bench Sales",
                "pat@vendor.example",
                "Hot list: Java (2 consultants available) — week 49",
                "BC-1A2B3C4D | Java Developer | Java (9 y)\n--\nAcme\n100 Main Street\n",
                "<p>BC-1A2B3C4D &amp; friends — Java</p>",
                "<0193f7a2-1111-7000-8000-000000000001@acme.example>",
                Map.of(
                        "List-Unsubscribe",
                                "<https://api.acme.example/v1/unsubscribe/abc.def>, <mailto:u@acme.example?subject=unsubscribe%20abc.def>",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }

    @Test
    void send_writesAnEmlUnderTheTenant_thatParsesBackWithHeadersAndBothBodies() throws Exception {
        String location = new EmlFolderMailSender(dir, writer).send(tenant, mail());

        assertThat(location).isEqualTo(tenant.value() + "/0193f7a2-1111-7000-8000-000000000001@acme.example.eml");
        byte[] bytes = Files.readAllBytes(dir.resolve(location));
        Message m = Message.Builder.of(new ByteArrayInputStream(bytes)).build();
        assertThat(m.getMessageId()).isEqualTo("<0193f7a2-1111-7000-8000-000000000001@acme.example>");
        assertThat(m.getSubject()).isEqualTo("Hot list: Java (2 consultants available) — week 49");
        assertThat(m.getTo().toString()).contains("pat@vendor.example");
        assertThat(m.getFrom().get(0).getName()).isEqualTo("Acme Bench Sales");
        assertThat(m.getHeader().getField("List-Unsubscribe-Post").getBody()).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(m.getHeader().getField("List-Unsubscribe").getBody())
                .startsWith("<https://api.acme.example/v1/unsubscribe/abc.def>");
        Multipart alternative = (Multipart) m.getBody();
        assertThat(alternative.getSubType()).isEqualTo("alternative");
        assertThat(text(alternative, 0))
                .contains("BC-1A2B3C4D | Java Developer")
                .contains("100 Main Street");
        assertThat(text(alternative, 1)).isEqualTo("<p>BC-1A2B3C4D &amp; friends — Java</p>");
        try (var files = Files.list(dir.resolve(tenant.value().toString()))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactly("0193f7a2-1111-7000-8000-000000000001@acme.example.eml");
        }
    }

    @Test
    void send_withAnAttachment_isMultipartMixed_bodiesFirst_thenTheFileByteForByte() throws Exception {
        OutboundMail plain = mail();
        byte[] rtr = "I, Avery Example, authorize Acme Bench to represent me — für Vendor Beta.\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        OutboundMail withFile = new OutboundMail(
                plain.from(),
                plain.fromName(),
                plain.to(),
                "Submission: Avery Example for Java Developer",
                plain.text(),
                plain.html(),
                plain.messageId(),
                plain.headers(),
                java.util.List.of(new OutboundMail.Attachment("RTR Avery.txt", "text/plain; charset=UTF-8", rtr)));

        String location = new EmlFolderMailSender(dir, writer).send(tenant, withFile);

        Message m = Message.Builder.of(new ByteArrayInputStream(Files.readAllBytes(dir.resolve(location))))
                .build();
        assertThat(m.getMessageId()).isEqualTo(plain.messageId());
        assertThat(m.getHeader().getField("List-Unsubscribe-Post").getBody()).isEqualTo("List-Unsubscribe=One-Click");
        Multipart mixed = (Multipart) m.getBody();
        assertThat(mixed.getSubType()).isEqualTo("mixed");
        assertThat(mixed.getBodyParts()).hasSize(2);
        Multipart alternative = (Multipart) mixed.getBodyParts().get(0).getBody();
        assertThat(alternative.getSubType()).isEqualTo("alternative");
        assertThat(text(alternative, 0)).contains("100 Main Street");
        var file = mixed.getBodyParts().get(1);
        assertThat(file.getDispositionType()).isEqualTo("attachment");
        assertThat(file.getFilename()).isEqualTo("RTR Avery.txt");
        assertThat(file.getMimeType()).isEqualTo("text/plain");
        assertThat(file.getContentTransferEncoding()).isEqualTo("base64");
        try (var in = ((org.apache.james.mime4j.dom.SingleBody) file.getBody()).getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(rtr);
        }
    }

    private static String text(Multipart mp, int i) throws Exception {
        TextBody body = (TextBody) mp.getBodyParts().get(i).getBody();
        try (var r = body.getReader()) {
            java.io.StringWriter w = new java.io.StringWriter();
            r.transferTo(w);
            return w.toString();
        }
    }
}
