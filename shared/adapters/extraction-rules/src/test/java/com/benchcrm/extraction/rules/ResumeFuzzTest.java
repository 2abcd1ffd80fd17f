package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.benchcrm.extraction.ExtractionSchemas;
import com.benchcrm.extraction.ResumeExtraction;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded mutation fuzz of resume extraction, as {@link MailFuzzTest} is for mail: the
 * sample resumes (and labelled lines a real resume carries: {@code Title:}, {@code Role:},
 * {@code Experience:}, {@code Visa:}...), mutated thousands of ways, must each extract without an
 * exception, in bounded time, and the extraction must be valid against the resume JSON Schema.
 * Jazzer runs the same property in {@code ResumeJazzerFuzzTest} with {@code JAZZER_FUZZ=1}.
 */
class ResumeFuzzTest {

    static final long SEED = 20261206L;
    static final int ITERATIONS = 2000;
    static final long MAX_MILLIS = 20_000;
    static final long PER_INPUT_MILLIS = 3_000;
    static final List<String> SEEDS = List.of("avery-example.txt", "labelled-fields.txt", "no-name.txt");
    static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(ExtractionSchemas.text(ExtractionSchemas.RESUME));

    final DeterministicExtractor rules = new DeterministicExtractor(Clock.systemUTC());

    @Test
    void mutatedResumes_neverThrow_andTheExtractionIsValid() throws Exception {
        Random random = new Random(SEED);
        List<byte[]> seeds = new ArrayList<>();
        for (String s : SEEDS) {
            seeds.add(ResumeRulesTest.resume(s).getBytes(StandardCharsets.UTF_8));
        }
        long started = System.currentTimeMillis();
        int runs = 0;
        int named = 0;
        for (; runs < ITERATIONS && System.currentTimeMillis() - started < MAX_MILLIS; runs++) {
            byte[] input =
                    mutate(seeds.get(random.nextInt(seeds.size())), seeds.get(random.nextInt(seeds.size())), random);
            long t0 = System.nanoTime();
            named += check(input, runs % 20 == 0) ? 1 : 0;
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(millis)
                    .as("input %d (%d bytes) took %d ms", runs, input.length, millis)
                    .isLessThan(PER_INPUT_MILLIS);
        }
        System.out.printf(
                "resume fuzz: %d mutated resumes in %d ms, %d with a name%n",
                runs, System.currentTimeMillis() - started, named);
        assertThat(runs).isGreaterThan(200);
    }

    /** Extracts one input; true when a name was found. Fails the test on any exception or schema violation. */
    boolean check(byte[] input, boolean validateSchema) {
        ResumeExtraction x = rules.extractResume(null, new String(input, StandardCharsets.UTF_8));
        if (validateSchema) {
            // the schema is what a model answers; the gateway's own fields (engine, usage...) are not in it
            com.fasterxml.jackson.databind.node.ObjectNode doc = Json.strict().valueToTree(x);
            for (String f : new String[] {"engine", "model", "taxonomyVersion", "usage", "notes"}) {
                doc.remove(f);
            }
            String shown = doc.toString();
            assertThat(SCHEMA.validate((com.fasterxml.jackson.databind.JsonNode) doc))
                    .as(shown.length() > 3000 ? shown.substring(0, 3000) + "…" : shown)
                    .isEmpty();
        }
        return x.fullName() != null;
    }

    static byte[] mutate(byte[] a, byte[] b, Random r) {
        byte[] out = a.clone();
        int ops = 1 + r.nextInt(4);
        for (int i = 0; i < ops; i++) {
            out = switch (r.nextInt(10)) {
                case 0 -> MailFuzzTest.flip(out, r);
                case 1 -> MailFuzzTest.insertRandom(out, r);
                case 2 -> MailFuzzTest.delete(out, r);
                case 3 -> MailFuzzTest.duplicate(out, r);
                case 4 -> out.length < 2 ? out : java.util.Arrays.copyOf(out, r.nextInt(out.length));
                case 5 -> MailFuzzTest.splice(out, b, r);
                case 6 ->
                    MailFuzzTest.insertText(
                            out,
                            r,
                            MailFuzzTest.pick(
                                    r,
                                    "\nTitle: Java Developer\n",
                                    "\nRole: \n",
                                    "\nCurrent Designation: Lead\n",
                                    "\nPosition:-\n",
                                    "\nDesignation - Architect\n",
                                    "\nName:\u0000\n",
                                    "\nLocation: , , ,\n",
                                    "\nVisa: \n",
                                    "\nStatus: H1B EAD GC USC\n",
                                    "\nTotal Experience: 99.9 years\n",
                                    "\nExperience: 0 yrs\n",
                                    "\n99999999999999999999 years of experience\n"));
                case 7 ->
                    MailFuzzTest.insertText(
                            out,
                            r,
                            MailFuzzTest.pick(
                                    r,
                                    "\nSKILLS\n",
                                    "\nTechnical Skills:\n",
                                    "\nSkills: " + ",".repeat(500) + "\n",
                                    "\nSkills: " + "Java, ".repeat(400) + "\n",
                                    "\nSUMMARY\n"));
                case 8 ->
                    MailFuzzTest.insertText(
                            out, r, " ".repeat(r.nextInt(50_000)) + "|\t".repeat(r.nextInt(1000)) + "\n");
                default -> MailFuzzTest.insertText(out, r, "x".repeat(r.nextInt(20_000)));
            };
        }
        return out;
    }
}
