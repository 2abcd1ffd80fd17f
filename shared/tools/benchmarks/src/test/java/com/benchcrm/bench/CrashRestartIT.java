package com.benchcrm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bounded crash-and-restart suite in every build: 20 mails and 60 consultant writes while the
 * real stack's JVM is SIGKILLed twice and restarted. The full one (200 mails, 500 writes, 5 kills):
 * {@code shared/tools/benchmarks/run crash}.
 */
class CrashRestartIT {

    static final Path ROOT = Path.of(System.getProperty("benchcrm.repo.root", "../../.."))
            .toAbsolutePath()
            .normalize();

    @Test
    void killedTwiceWhileIngestingAndWriting_nothingLostNothingDoubled_noRestartNeededAHand() throws Exception {
        Files.createDirectories(Path.of("target"));
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-home-");

        CrashSuite.Result r = new CrashSuite(ROOT, home, 20, 60, 2, 7L).run();

        assertThat(r.kills()).isEqualTo(2);
        assertThat(r.failedRestarts()).isZero();
        assertThat(r.mailsLost()).as("mails neither ingested nor dead-lettered").isZero();
        assertThat(r.mailsIngested()).isEqualTo(19);
        assertThat(r.deadLettersFound()).isEqualTo(r.deadLettersExpected()).isEqualTo(1);
        assertThat(r.consultants()).as("one consultant per idempotency key").isEqualTo(60);
        assertThat(r.eventsMissing())
                .as("committed writes whose event never reached the receiver")
                .isZero();
        assertThat(r.unexpectedEvents())
                .as("writes with more than one distinct event, or events of no write")
                .isZero();
        assertThat(r.stopExitCode()).isZero();
        assertThat(r.ok()).isTrue();
    }
}
