package com.benchcrm.mail.mime;

import com.benchcrm.marketing.OutboundMail;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.DefaultAddressParser;
import org.apache.james.mime4j.message.BodyPartBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.message.MultipartBuilder;
import org.apache.james.mime4j.stream.RawField;

/**
 * Writes an {@link OutboundMail} as RFC 5322 bytes with Apache James mime4j: a
 * {@code multipart/alternative} of the plain text and the HTML (quoted-printable, UTF-8), inside a
 * {@code multipart/mixed} with each attachment (base64) after it when the mail has attachments, the
 * Message-ID recorded for threading, and the mail's own headers ({@code List-Unsubscribe},
 * {@code List-Unsubscribe-Post}). The same bytes go to the local .eml folder and to SES as raw
 * content.
 */
public final class MimeMailWriter {

    private final Clock clock;

    public MimeMailWriter(Clock clock) {
        this.clock = clock;
    }

    public byte[] write(OutboundMail mail) {
        try {
            Mailbox from = DefaultAddressParser.DEFAULT.parseMailbox(mail.from());
            Mailbox sender = mail.fromName() == null
                    ? from
                    : new Mailbox(mail.fromName(), from.getLocalPart(), from.getDomain());
            var alternative = MultipartBuilder.create("alternative")
                    .addBodyPart(BodyPartBuilder.create()
                            .setBody(mail.text(), "plain", StandardCharsets.UTF_8)
                            .setContentTransferEncoding("quoted-printable"))
                    .addBodyPart(BodyPartBuilder.create()
                            .setBody(mail.html(), "html", StandardCharsets.UTF_8)
                            .setContentTransferEncoding("quoted-printable"))
                    .build();
            org.apache.james.mime4j.dom.Multipart body = alternative;
            if (!mail.attachments().isEmpty()) {
                MultipartBuilder mixed = MultipartBuilder.create("mixed")
                        .addBodyPart(BodyPartBuilder.create().setBody(alternative));
                for (OutboundMail.Attachment a : mail.attachments()) {
                    mixed.addBodyPart(attachment(a));
                }
                body = mixed.build();
            }
            Message.Builder message = Message.Builder.of()
                    .setFrom(sender)
                    .setTo(DefaultAddressParser.DEFAULT.parseMailbox(mail.to()))
                    .setSubject(mail.subject())
                    .setDate(Date.from(clock.instant()))
                    .setMessageId(mail.messageId())
                    .setBody(body);
            for (Map.Entry<String, String> h : mail.headers().entrySet()) {
                message.addField(new RawField(h.getKey(), h.getValue()));
            }
            ByteArrayOutputStream out =
                    new ByteArrayOutputStream(4_096 + mail.html().length() * 2);
            new DefaultMessageWriter().writeMessage(message.build(), out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.james.mime4j.dom.field.ParseException e) {
            throw new IllegalArgumentException("not a mail address: " + e.getMessage(), e);
        }
    }

    /** A base64 part with {@code Content-Disposition: attachment} and the file name (RFC 2231-encoded when needed). */
    private static BodyPartBuilder attachment(OutboundMail.Attachment a) {
        return BodyPartBuilder.create()
                .setBody(new org.apache.james.mime4j.message.BasicBodyFactory().binaryBody(a.content()))
                .setField(org.apache.james.mime4j.field.Fields.contentType(a.contentType()))
                .setContentTransferEncoding("base64")
                .setContentDisposition("attachment", a.fileName());
    }
}
