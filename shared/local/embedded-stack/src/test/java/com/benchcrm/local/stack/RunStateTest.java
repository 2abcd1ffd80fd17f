package com.benchcrm.local.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStateTest {

    /** A pid that is not running (the largest Linux allows is 4194304). */
    static final long DEAD = 4_194_999L;

    @Test
    void crashedRun_keepsTheReplayOriginItInherited_soConsecutiveCrashesChain(@TempDir Path dir) {
        Path file = dir.resolve("run/stack.properties");
        // run 1 started at 1,000 after a clean stop; it crashed. Run 2 started at 5,000, inherited 1,000, crashed too.
        new RunState(DEAD, 3000, 5432, 9324, 2525, 5_000, 1_000).write(file);

        RunState crashed = RunState.readCrashed(file).orElseThrow();

        assertThat(crashed.replayFrom()).isEqualTo(1_000);
        assertThat(RunState.readLive(file)).isEmpty();
    }

    @Test
    void stateWithoutAnOrigin_replaysFromItsStart_undrainedStopIsReadAsACrash(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run/stack.properties");
        new RunState(DEAD, 3000, 5432, 9324, 2525, 7_000).write(file);
        Files.writeString(file, Files.readString(file).replaceAll("(?m)^replay\\.from=.*$", ""));

        RunState.markUndrained(file);

        assertThat(Files.readString(file)).contains("drained=false");
        assertThat(RunState.readCrashed(file).orElseThrow().replayFrom()).isEqualTo(7_000);
    }
}
