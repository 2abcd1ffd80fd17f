package com.benchcrm.mail.mime;

import com.benchcrm.common.Hashing;
import com.benchcrm.mail.AttachmentKind;
import com.benchcrm.mail.ForwardedMessage;
import com.benchcrm.mail.MailAddress;
import com.benchcrm.mail.MailAttachment;
import com.benchcrm.mail.MailParser;
import com.benchcrm.mail.ParsedMail;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.field.address.DefaultAddressParser;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * The {@link MailParser} adapter on Apache James mime4j (permissive mode: broken boundaries,
 * malformed headers and missing MIME headers are tolerated and reported, never thrown).
 *
 * <pre>{@code
 * MailParser parser = new MimeMailParser(MimeMailParser.Limits.DEFAULT);
 * ParsedMail mail = parser.parse(raw);
 * }</pre>
 *
 * <p>Handles multipart/alternative (text/plain unless it is a stub of the HTML part), related and
 * mixed, HTML-only mail, quoted-printable and base64, RFC 2047 and raw 8-bit UTF-8 headers, unknown
 * charsets, message/rfc822 forwards and inline "Forwarded message" blocks, reply quotes, signatures
 * and mailing-list footers. Attachments become {@link MailAttachment}s; documents keep their bytes.
 */
public final class MimeMailParser implements MailParser {

    /**
     * @param maxMessageBytes  larger messages are read for their headers only
     * @param maxDocumentBytes documents larger than this keep their metadata, not their bytes
     * @param maxTextChars     body text beyond this is cut (and reported)
     * @param maxDepth         nesting of multiparts and forwarded messages followed
     */
    public record Limits(long maxMessageBytes, long maxDocumentBytes, int maxTextChars, int maxDepth) {
        public static final Limits DEFAULT = new Limits(25L * 1024 * 1024, 10L * 1024 * 1024, 200_000, 12);
    }

    private static final Set<String> KEPT_HEADERS = Set.of(
            "list-id",
            "list-unsubscribe",
            "list-post",
            "precedence",
            "auto-submitted",
            "x-autoreply",
            "x-autorespond",
            "x-auto-response-suppress",
            "in-reply-to",
            "references",
            "content-type",
            "x-mailer",
            "x-original-sender",
            "delivered-to",
            "return-path",
            "reply-to",
            "x-failed-recipients");
    private static final Pattern FORWARD_SUBJECT = Pattern.compile("(?i)^\\s*((fwd?|fw)\\s*:|\\[fwd?:)");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]{1,64}+@[A-Za-z0-9.-]{1,253}(?<=\\.[A-Za-z]{2,63})");

    private final Limits limits;

    public MimeMailParser(Limits limits) {
        this.limits = limits;
    }

    public MimeMailParser() {
        this(Limits.DEFAULT);
    }

    @Override
    public ParsedMail parse(byte[] raw) {
        List<String> problems = new ArrayList<>();
        if (raw == null || raw.length == 0 || isBlank(raw)) {
            return empty(raw == null ? 0 : raw.length, List.of("empty message: no headers and no body"));
        }
        if (raw.length > limits.maxMessageBytes()) {
            problems.add("message is " + raw.length + " bytes, over the " + limits.maxMessageBytes()
                    + " byte limit: only the headers were read");
            return headersOnly(raw, problems);
        }
        Message message;
        try {
            message = builder().parseMessage(new ByteArrayInputStream(raw));
        } catch (IOException | RuntimeException e) {
            problems.add("not parseable as MIME (" + e.getClass().getSimpleName() + "); read as plain text");
            return plainFallback(raw, problems);
        }
        try {
            return toParsed(message, raw.length, problems);
        } catch (RuntimeException e) {
            problems.add(
                    "MIME structure could not be walked (" + e.getClass().getSimpleName() + "); read as plain text");
            return plainFallback(raw, problems);
        } finally {
            message.dispose();
        }
    }

    // ------------------------------------------------------------------------------ structure

    private static final class Walk {
        final StringBuilder plain = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<MailAttachment> attachments = new ArrayList<>();
        final List<ForwardedMessage> forwarded = new ArrayList<>();
        final List<String> problems;
        boolean sawPlain;
        boolean sawHtml;

        Walk(List<String> problems) {
            this.problems = problems;
        }
    }

    private ParsedMail toParsed(Message message, long size, List<String> problems) {
        Map<String, String> headers = new LinkedHashMap<>();
        String subject = null;
        MailAddress from = null;
        List<MailAddress> to = new ArrayList<>();
        List<MailAddress> cc = new ArrayList<>();
        String messageId = null;
        boolean anyHeader = false;
        for (Field f : message.getHeader().getFields()) {
            anyHeader = true;
            String name = f.getName().toLowerCase(Locale.ROOT);
            String value = headerValue(f);
            switch (name) {
                case "subject" -> subject = value;
                case "from" -> from = first(addresses(value));
                case "to" -> to.addAll(addresses(value));
                case "cc" -> cc.addAll(addresses(value));
                case "message-id" -> messageId = value.replaceAll("[<>\\s]", "");
                default -> {
                    if (KEPT_HEADERS.contains(name)) {
                        headers.merge(name, value, (a, b) -> a + ", " + b);
                    }
                }
            }
        }
        if (!anyHeader) {
            problems.add("no mail headers: the whole message was read as the body");
        }
        Instant date = null;
        try {
            date = message.getDate() == null ? null : message.getDate().toInstant();
        } catch (RuntimeException e) {
            problems.add("unreadable Date header");
        }
        Walk walk = new Walk(problems);
        walk(message, walk, 0);
        boolean htmlOnly = !walk.sawPlain && walk.sawHtml;
        String text = chooseText(walk);
        if (text.length() > limits.maxTextChars()) {
            problems.add("body text cut at " + limits.maxTextChars() + " characters (it had " + text.length() + ")");
            text = text.substring(0, limits.maxTextChars());
        }
        if (looksBinary(text)) {
            problems.add("the body is not text (binary data); nothing was read from it");
            text = "";
        }
        boolean forwardSubject =
                subject != null && FORWARD_SUBJECT.matcher(subject).find();
        MailTexts.Forwards inline = MailTexts.findForwards(text, forwardSubject);
        List<ForwardedMessage> forwarded = new ArrayList<>(inline.messages());
        forwarded.addAll(walk.forwarded);
        String own = forwarded.isEmpty() ? text : inline.note();
        MailTexts.Split split = forwarded.isEmpty()
                ? MailTexts.splitSignature(MailTexts.stripReply(own))
                : MailTexts.splitNoteSignature(MailTexts.stripReply(own));
        return new ParsedMail(
                messageId,
                subject,
                from,
                to,
                cc,
                date,
                headers,
                text,
                split.body(),
                split.signature(),
                htmlOnly,
                forwarded,
                walk.attachments,
                problems,
                size);
    }

    private void walk(Entity entity, Walk walk, int depth) {
        if (depth > limits.maxDepth()) {
            walk.problems.add(
                    "MIME nesting deeper than " + limits.maxDepth() + " levels: the deeper parts were skipped");
            return;
        }
        Body body = entity.getBody();
        String mime = mimeType(entity);
        if (body instanceof Multipart mp) {
            if (mp.getBodyParts().isEmpty()) {
                walk.problems.add("a " + mime + " part has no parts (broken or missing boundary)");
                if (mp.getPreamble() != null && !mp.getPreamble().isBlank()) {
                    walk.plain.append(mp.getPreamble()).append('\n');
                    walk.sawPlain = true;
                }
                return;
            }
            if (mime.equals("multipart/alternative")) {
                alternative(mp.getBodyParts(), walk, depth);
            } else {
                for (Entity part : mp.getBodyParts()) {
                    walk(part, walk, depth + 1);
                }
            }
            return;
        }
        if (body instanceof Message inner) {
            forwardedMessage(entity, inner, walk, depth);
            return;
        }
        if (body instanceof SingleBody single) {
            boolean attachment =
                    "attachment".equalsIgnoreCase(entity.getDispositionType()) || entity.getFilename() != null;
            if (!attachment && mime.equals("text/plain")) {
                walk.plain.append(text(single, entity, walk)).append('\n');
                walk.sawPlain = true;
            } else if (!attachment && mime.equals("text/html")) {
                walk.html.append(HtmlText.toText(text(single, entity, walk))).append('\n');
                walk.sawHtml = true;
            } else if (!attachment && mime.startsWith("multipart/")) {
                walk.problems.add("a " + mime + " part has no parts (broken or missing boundary)");
                String t = text(single, entity, walk);
                walk.plain.append(t).append('\n');
                walk.sawPlain = true;
            } else {
                attachment(entity, single, walk);
            }
        }
    }

    /** text/plain unless it is missing or a stub ("view this mail in a browser") of a much longer HTML part. */
    private void alternative(List<Entity> parts, Walk walk, int depth) {
        Walk plain = new Walk(walk.problems);
        Walk rich = new Walk(walk.problems);
        for (Entity part : parts) {
            String mime = mimeType(part);
            if (mime.equals("text/plain")) {
                walk(part, plain, depth + 1);
            } else {
                walk(part, rich, depth + 1);
            }
        }
        String plainText = plain.plain.toString().strip();
        String richText = (rich.html.toString() + rich.plain).strip();
        boolean usePlain = !plainText.isEmpty() && (richText.isEmpty() || plainText.length() * 4 >= richText.length());
        if (usePlain) {
            walk.plain.append(plainText).append('\n');
            walk.sawPlain = true;
            walk.sawHtml |= rich.sawHtml;
        } else {
            walk.html.append(rich.html);
            walk.plain.append(rich.plain);
            walk.sawHtml |= rich.sawHtml;
            walk.sawPlain |= rich.sawPlain && !rich.plain.isEmpty();
        }
        walk.attachments.addAll(plain.attachments);
        walk.attachments.addAll(rich.attachments);
        walk.forwarded.addAll(plain.forwarded);
        walk.forwarded.addAll(rich.forwarded);
    }

    private void forwardedMessage(Entity entity, Message inner, Walk walk, int depth) {
        if (depth + 1 > limits.maxDepth()) {
            walk.problems.add("forwarded messages nested deeper than " + limits.maxDepth() + " levels were skipped");
            return;
        }
        MailAddress from = null;
        String subject = null;
        String date = null;
        for (Field f : inner.getHeader().getFields()) {
            switch (f.getName().toLowerCase(Locale.ROOT)) {
                case "from" -> from = first(addresses(headerValue(f)));
                case "subject" -> subject = headerValue(f);
                case "date" -> date = headerValue(f);
                default -> {
                    // not needed
                }
            }
        }
        Walk innerWalk = new Walk(walk.problems);
        walk(inner, innerWalk, depth + 1);
        String text = chooseText(innerWalk);
        MailTexts.Forwards nested = MailTexts.findForwards(
                text, subject != null && FORWARD_SUBJECT.matcher(subject).find());
        String own = nested.messages().isEmpty() ? text : nested.note();
        walk.forwarded.add(
                new ForwardedMessage(from, subject, date, MailTexts.stripListFooter(MailTexts.stripReply(own))));
        walk.forwarded.addAll(nested.messages());
        walk.forwarded.addAll(innerWalk.forwarded);
        walk.attachments.addAll(innerWalk.attachments);
        String filename = entity.getFilename();
        walk.attachments.add(new MailAttachment(
                filename == null ? "forwarded.eml" : decodeWords(filename),
                "message/rfc822",
                0,
                null,
                AttachmentKind.MESSAGE,
                null,
                false));
    }

    private void attachment(Entity entity, SingleBody body, Walk walk) {
        String mime = mimeType(entity);
        String filename = entity.getFilename() == null ? null : decodeWords(entity.getFilename());
        AttachmentKind kind = AttachmentKind.of(mime, filename);
        byte[] bytes;
        try (InputStream in = body.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            walk.problems.add("attachment " + safe(filename) + " could not be decoded ("
                    + e.getClass().getSimpleName() + ")");
            bytes = new byte[0];
        }
        boolean inline = "inline".equalsIgnoreCase(entity.getDispositionType())
                || entity.getHeader().getField("Content-ID") != null;
        boolean keep = kind.isDocument() && bytes.length <= limits.maxDocumentBytes();
        if (kind.isDocument() && !keep) {
            walk.problems.add("attachment " + safe(filename) + " is " + bytes.length + " bytes, over the "
                    + limits.maxDocumentBytes() + " byte document limit: kept in the raw message, not read");
        }
        if (kind == AttachmentKind.TNEF) {
            walk.problems.add("attachment " + safe(filename)
                    + " is Outlook TNEF (winmail.dat): kept in the raw message, " + "its contents are not decoded");
        } else if (kind == AttachmentKind.ARCHIVE) {
            walk.problems.add("attachment " + safe(filename) + " is an archive: kept in the raw message, not expanded");
        }
        walk.attachments.add(new MailAttachment(
                filename,
                mime,
                bytes.length,
                bytes.length == 0 ? null : Hashing.sha256(bytes),
                kind,
                keep ? bytes : null,
                inline && kind == AttachmentKind.IMAGE));
    }

    private String text(SingleBody body, Entity entity, Walk walk) {
        byte[] bytes;
        try (InputStream in = body.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            walk.problems.add("a " + mimeType(entity) + " part could not be decoded ("
                    + e.getClass().getSimpleName() + ")");
            return "";
        }
        Charsets.Decoded decoded = Charsets.decode(bytes, entity.getCharset());
        if (decoded.problem() != null) {
            walk.problems.add(decoded.problem());
        }
        return decoded.text();
    }

    private static String chooseText(Walk walk) {
        String plain = walk.plain.toString().strip();
        String html = walk.html.toString().strip();
        if (!plain.isEmpty() && !html.isEmpty()) {
            return plain + "\n\n" + html;
        }
        return HtmlText.tidy(plain.isEmpty() ? html : plain.replace("\r\n", "\n"));
    }

    // -------------------------------------------------------------------------------- helpers

    private static DefaultMessageBuilder builder() {
        DefaultMessageBuilder b = new DefaultMessageBuilder();
        b.setMimeEntityConfig(new MimeConfig.Builder()
                .setStrictParsing(false)
                .setMalformedHeaderStartsBody(true)
                .setMaxLineLen(-1)
                .setMaxHeaderCount(5000)
                .setMaxHeaderLen(200_000)
                .setMaxContentLen(-1)
                .build());
        b.setDecodeMonitor(DecodeMonitor.SILENT);
        return b;
    }

    /** A header's value: raw 8-bit bytes read as UTF-8 when they are UTF-8, unfolded, RFC 2047 words decoded. */
    static String headerValue(Field f) {
        byte[] raw = f.getRaw() == null ? null : f.getRaw().toByteArray();
        String s;
        if (raw == null) {
            s = f.getBody();
        } else {
            String utf8 = Charsets.hasHighBytes(raw) ? Charsets.strictUtf8(raw) : null;
            s = utf8 != null ? utf8 : new String(raw, StandardCharsets.ISO_8859_1);
            int colon = s.indexOf(':');
            s = colon >= 0 ? s.substring(colon + 1) : s;
        }
        s = s.replaceAll("\\r?\\n[ \\t]+", " ").replaceAll("[\\r\\n]", "").trim();
        return decodeWords(s);
    }

    static String decodeWords(String s) {
        try {
            return DecoderUtil.decodeEncodedWords(s, DecodeMonitor.SILENT).trim();
        } catch (RuntimeException e) {
            return s;
        }
    }

    static List<MailAddress> addresses(String raw) {
        List<MailAddress> out = new ArrayList<>();
        if (raw == null || raw.isBlank() || raw.indexOf('@') < 0) {
            return out;
        }
        // an address header of more than 8000 characters is not one a person wrote; the rest is ignored
        String value = raw.length() > 8000 ? raw.substring(0, 8000) : raw;
        try {
            MailboxList list = DefaultAddressParser.DEFAULT
                    .parseAddressList(value, DecodeMonitor.SILENT)
                    .flatten();
            for (Mailbox m : list) {
                out.add(new MailAddress(m.getName(), m.getAddress()));
            }
        } catch (org.apache.james.mime4j.field.address.ParseException | RuntimeException e) {
            // fall through to the plain scan below
        }
        if (out.isEmpty()
                || out.stream().anyMatch(a -> a.email() == null || !a.email().contains("@"))) {
            out.clear();
            Matcher m = EMAIL.matcher(value);
            while (m.find()) {
                out.add(MailTexts.address(value.substring(0, m.end()).replaceAll(".*,", "")));
            }
        }
        return out;
    }

    private static MailAddress first(List<MailAddress> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    private static String mimeType(Entity e) {
        String m = e.getMimeType();
        return m == null ? "text/plain" : m.toLowerCase(Locale.ROOT);
    }

    private static boolean looksBinary(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int sample = Math.min(text.length(), 4000);
        int bad = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') {
                bad++;
            }
        }
        return bad * 10 > sample;
    }

    private static boolean isBlank(byte[] raw) {
        for (byte b : raw) {
            if (b != ' ' && b != '\r' && b != '\n' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String safe(String filename) {
        return filename == null ? "(no name)" : "'" + filename.replaceAll("[^\\x20-\\x7e]", "?") + "'";
    }

    private static ParsedMail empty(long size, List<String> problems) {
        return new ParsedMail(
                null, null, null, List.of(), List.of(), null, Map.of(), "", "", "", false, List.of(), List.of(),
                problems, size);
    }

    private ParsedMail headersOnly(byte[] raw, List<String> problems) {
        int end = headerEnd(raw);
        byte[] head = new byte[end];
        System.arraycopy(raw, 0, head, 0, end);
        try {
            Message m = builder().parseMessage(new ByteArrayInputStream(head));
            ParsedMail p = toParsed(m, raw.length, problems);
            return new ParsedMail(
                    p.messageId(),
                    p.subject(),
                    p.from(),
                    p.to(),
                    p.cc(),
                    p.date(),
                    p.headers(),
                    "",
                    "",
                    "",
                    false,
                    List.of(),
                    List.of(),
                    p.problems(),
                    raw.length);
        } catch (IOException | RuntimeException e) {
            return empty(raw.length, problems);
        }
    }

    private static int headerEnd(byte[] raw) {
        int limit = Math.min(raw.length, 1_000_000);
        for (int i = 0; i + 3 < limit; i++) {
            if (raw[i] == '\r' && raw[i + 1] == '\n' && raw[i + 2] == '\r' && raw[i + 3] == '\n') {
                return i + 4;
            }
            if (raw[i] == '\n' && raw[i + 1] == '\n') {
                return i + 2;
            }
        }
        return limit;
    }

    private ParsedMail plainFallback(byte[] raw, List<String> problems) {
        int n = (int) Math.min(raw.length, (long) limits.maxTextChars());
        byte[] head = new byte[n];
        System.arraycopy(raw, 0, head, 0, n);
        String text = Charsets.decode(head, null).text();
        if (looksBinary(text)) {
            problems.add("the message is not text (binary data); nothing was read from it");
            return empty(raw.length, problems);
        }
        MailTexts.Split split = MailTexts.splitSignature(MailTexts.stripReply(text));
        return new ParsedMail(
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                Map.of(),
                text,
                split.body(),
                split.signature(),
                false,
                List.of(),
                List.of(),
                problems,
                raw.length);
    }
}
