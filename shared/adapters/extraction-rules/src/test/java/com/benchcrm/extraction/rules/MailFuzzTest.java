package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.benchcrm.common.ValidationException;
import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.extraction.ExtractionSchemas;
import com.benchcrm.extraction.RequirementExtraction;
import com.benchcrm.ingest.RequirementMapper;
import com.benchcrm.mail.ParsedMail;
import com.benchcrm.mail.mime.MimeMailParser;
import com.benchcrm.requirement.RequirementInput;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded mutation fuzz of the MIME and extraction path: the sample mails, mutated
 * thousands of ways (bytes flipped, inserted, deleted, duplicated, truncated; mails spliced;
 * boundaries, charsets, encoded words and headers garbled; nesting and line lengths pushed), must
 * each parse without an exception, extract without an exception, and every requirement extracted
 * must map to an input the requirement entity accepts (so whatever arrives can be stored), and the
 * extraction must be valid against its JSON Schema.
 *
 * <p>Deterministic (fixed seed) and bounded (iterations and wall time), so it runs in every build.
 * Jazzer (coverage-guided) runs the same property in {@code MailJazzerFuzzTest} when
 * {@code JAZZER_FUZZ=1} is set.
 */
class MailFuzzTest {

    static final long SEED = 20261122L;
    static final int ITERATIONS = 2000;
    static final long MAX_MILLIS = 20_000;
    static final long PER_INPUT_MILLIS = 3_000;
    static final List<String> SEEDS = List.of(
            "plain-requirement.eml",
            "html-only.eml",
            "alternative-qp.eml",
            "forward-inline.eml",
            "forward-rfc822.eml",
            "hot-list.eml",
            "tnef-and-zip.eml",
            "broken-boundary.eml",
            "unknown-charset.eml",
            "reply.eml",
            "newsletter.eml",
            "injection.eml");
    static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(ExtractionSchemas.text(ExtractionSchemas.REQUIREMENT));

    final MimeMailParser parser = new MimeMailParser(new MimeMailParser.Limits(2_000_000, 1_000_000, 100_000, 12));
    final DeterministicExtractor rules = new DeterministicExtractor(Clock.systemUTC());

    @Test
    void mutatedMails_neverThrow_andWhatIsExtractedCanAlwaysBeStored() {
        Random random = new Random(SEED);
        List<byte[]> seeds = new ArrayList<>();
        SEEDS.forEach(s -> seeds.add(Mails.raw(s)));
        seeds.add(deepNesting(60));
        seeds.add(longLines());
        long started = System.currentTimeMillis();
        int runs = 0;
        int requirements = 0;
        for (; runs < ITERATIONS && System.currentTimeMillis() - started < MAX_MILLIS; runs++) {
            byte[] input =
                    mutate(seeds.get(random.nextInt(seeds.size())), seeds.get(random.nextInt(seeds.size())), random);
            long t0 = System.nanoTime();
            requirements += check(input, runs % 25 == 0);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            // a mail of a few hundred KB that takes seconds is a denial of service waiting to happen
            assertThat(millis)
                    .as("input %d (%d bytes) took %d ms", runs, input.length, millis)
                    .isLessThan(PER_INPUT_MILLIS);
        }
        System.out.printf(
                "mail fuzz: %d mutated mails in %d ms, %d requirements extracted and mapped%n",
                runs, System.currentTimeMillis() - started, requirements);
        assertThat(runs).isGreaterThan(200);
    }

    /** Parses, extracts and maps one input; returns how many requirements it yielded. Fails the test on any exception. */
    int check(byte[] input, boolean validateSchema) {
        ParsedMail mail = parser.parse(input);
        RequirementExtraction x = rules.extract(ExtractionInput.ofMail(mail));
        for (ExtractedRequirement r : x.requirements()) {
            RequirementInput in = RequirementMapper.input(r);
            try {
                in.validate();
            } catch (ValidationException e) {
                throw new AssertionError(
                        "an extracted requirement the entity refuses: " + e.getMessage() + "\n" + Json.write(in), e);
            }
            RequirementMapper.fingerprint(r, in);
        }
        if (validateSchema) {
            ObjectNode doc = Json.strict().createObjectNode();
            doc.set("requirements", Json.strict().valueToTree(x.requirements()));
            String shown = doc.toString();
            assertThat(SCHEMA.validate(doc))
                    .as(shown.length() > 3000 ? shown.substring(0, 3000) + "…" : shown)
                    .isEmpty();
        }
        return x.requirements().size();
    }

    static byte[] mutate(byte[] a, byte[] b, Random r) {
        byte[] out = a.clone();
        int ops = 1 + r.nextInt(4);
        for (int i = 0; i < ops; i++) {
            out = switch (r.nextInt(12)) {
                case 0 -> flip(out, r);
                case 1 -> insertRandom(out, r);
                case 2 -> delete(out, r);
                case 3 -> duplicate(out, r);
                case 4 -> out.length < 2 ? out : java.util.Arrays.copyOf(out, r.nextInt(out.length));
                case 5 -> splice(out, b, r);
                case 6 ->
                    insertText(
                            out,
                            r,
                            pick(
                                    r,
                                    "\r\n--",
                                    "\r\n--ALT-BOUNDARY\r\n",
                                    "\r\n--MIXED--\r\n",
                                    "\r\n\r\n",
                                    "\r",
                                    "\n.\n"));
                case 7 ->
                    insertText(
                            out,
                            r,
                            pick(
                                    r,
                                    "Content-Type: text/plain; charset=x-klingon\r\n",
                                    "Content-Type: multipart/mixed; boundary=\r\n",
                                    "Content-Transfer-Encoding: base64\r\n",
                                    "Content-Transfer-Encoding: quoted-printable\r\n",
                                    "Content-Type: message/rfc822\r\n\r\n"));
                case 8 ->
                    insertText(
                            out,
                            r,
                            pick(
                                    r,
                                    "=?UTF-8?B?////?=",
                                    "=?x-unknown?Q?=FF=FE?=",
                                    "=?UTF-8?Q?broken",
                                    "=E2=80",
                                    "Subject: =?utf-8?b?" + "A".repeat(500) + "?=\r\n"));
                case 9 ->
                    insertText(
                            out,
                            r,
                            pick(
                                    r,
                                    "Role: \u0000\u0001 Java\r\n",
                                    "Location: , , , ,\r\n",
                                    "Rate: $999999999999/hr\r\n",
                                    "Experience: 99999 years\r\n",
                                    "Duration: 0 months\r\n",
                                    "Skills: " + ",".repeat(300) + "\r\n",
                                    "Role: " + "x".repeat(5000) + "\r\n",
                                    "1) Role: A\r\n2) Role: B\r\n3) Role: C\r\n"));
                case 10 -> insertText(out, r, "X-Long: " + "y".repeat(r.nextInt(100_000)) + "\r\n");
                default -> insertRandom(insertRandom(out, r), r);
            };
        }
        return out;
    }

    static byte[] flip(byte[] in, Random r) {
        if (in.length == 0) {
            return in;
        }
        byte[] out = in.clone();
        for (int i = 0; i < 1 + r.nextInt(8); i++) {
            out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return out;
    }

    static byte[] insertRandom(byte[] in, Random r) {
        byte[] junk = new byte[1 + r.nextInt(64)];
        r.nextBytes(junk);
        return insert(in, r.nextInt(in.length + 1), junk);
    }

    static byte[] insertText(byte[] in, Random r, String text) {
        return insert(in, r.nextInt(in.length + 1), text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] delete(byte[] in, Random r) {
        if (in.length < 2) {
            return in;
        }
        int from = r.nextInt(in.length);
        int to = Math.min(in.length, from + 1 + r.nextInt(200));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, from);
        out.write(in, to, in.length - to);
        return out.toByteArray();
    }

    static byte[] duplicate(byte[] in, Random r) {
        if (in.length < 2) {
            return in;
        }
        int from = r.nextInt(in.length);
        int len = Math.min(in.length - from, 1 + r.nextInt(500));
        byte[] chunk = java.util.Arrays.copyOfRange(in, from, from + len);
        return insert(in, r.nextInt(in.length + 1), chunk);
    }

    static byte[] splice(byte[] a, byte[] b, Random r) {
        int cutA = a.length == 0 ? 0 : r.nextInt(a.length);
        int cutB = b.length == 0 ? 0 : r.nextInt(b.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(a, 0, cutA);
        out.write(b, cutB, b.length - cutB);
        return out.toByteArray();
    }

    static byte[] insert(byte[] in, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + what.length);
        out.write(in, 0, at);
        out.write(what, 0, what.length);
        out.write(in, at, in.length - at);
        return out.toByteArray();
    }

    static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    /** Multiparts nested {@code depth} deep. */
    static byte[] deepNesting(int depth) {
        StringBuilder b = new StringBuilder("From: a@b.example.com\r\nSubject: deep\r\nMIME-Version: 1.0\r\n");
        for (int i = 0; i < depth; i++) {
            b.append("Content-Type: multipart/mixed; boundary=\"b")
                    .append(i)
                    .append("\"\r\n\r\n--b")
                    .append(i)
                    .append("\r\n");
        }
        b.append("Content-Type: text/plain\r\n\r\nRole: Java Developer\r\nLocation: Austin, TX\r\n");
        for (int i = depth - 1; i >= 0; i--) {
            b.append("--b").append(i).append("--\r\n");
        }
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] longLines() {
        return ("From: a@b.example.com\r\nSubject: " + "Java Developer ".repeat(2000) + "\r\n\r\n" + "Skills: "
                        + "Java, ".repeat(20_000))
                .getBytes(StandardCharsets.US_ASCII);
    }
}
