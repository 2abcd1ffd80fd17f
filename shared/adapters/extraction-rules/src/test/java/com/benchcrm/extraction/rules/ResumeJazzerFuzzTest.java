package com.benchcrm.extraction.rules;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of resume extraction with Jazzer: the property of {@link ResumeFuzzTest}
 * (no exception, an extraction valid against the resume schema) on inputs Jazzer evolves. A normal
 * build replays the seeds in {@code ResumeJazzerFuzzTestInputs/}; to fuzz, run
 * {@code JAZZER_FUZZ=1 ./mvnw -pl shared/adapters/extraction-rules test -Dtest=ResumeJazzerFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}
 * (30 s).
 */
class ResumeJazzerFuzzTest {

    private final ResumeFuzzTest property = new ResumeFuzzTest();

    @FuzzTest(maxDuration = "30s")
    void resumeExtraction(byte[] input) {
        property.check(input, true);
    }
}
