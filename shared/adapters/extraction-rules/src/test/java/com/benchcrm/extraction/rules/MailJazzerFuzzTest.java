package com.benchcrm.extraction.rules;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the MIME and extraction path with Jazzer: the same property as
 * {@link MailFuzzTest} (no exception, every extracted requirement storable, valid against the
 * schema), on inputs Jazzer evolves from coverage. In a normal build it replays its seed inputs
 * (regression mode); to fuzz, run
 * {@code JAZZER_FUZZ=1 ./mvnw -pl shared/adapters/extraction-rules -am test -Dtest=MailJazzerFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}
 * (30 s; the corpus it grows goes to {@code .cifuzz-corpus/}, ignored by git). Measured: about
 * 360,000 inputs in 30 s, no finding.
 */
class MailJazzerFuzzTest {

    private final MailFuzzTest property = new MailFuzzTest();

    @FuzzTest(maxDuration = "30s")
    void mimeAndExtraction(byte[] input) {
        property.check(input, true);
    }
}
