package com.benchcrm.local.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundPriorityTest {

    @Test
    void lowersOnlyTheCallingThread() throws Exception {
        assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")), "Linux only (/proc/thread-self)");
        long mine = BackgroundPriority.currentThreadId().orElseThrow();
        int before = BackgroundPriority.niceOf(mine).orElseThrow();
        AtomicReference<Long> tid = new AtomicReference<>();
        AtomicReference<Boolean> changed = new AtomicReference<>();
        AtomicReference<Integer> niceAfter = new AtomicReference<>();
        Thread t = Thread.ofPlatform().start(() -> {
            tid.set(BackgroundPriority.currentThreadId().orElseThrow());
            changed.set(BackgroundPriority.lowerCurrentThread(Math.min(19, before + 7)));
            niceAfter.set(BackgroundPriority.niceOf(tid.get()).orElseThrow());
        });
        t.join(10_000);
        assumeTrue(changed.get(), "renice not available here");

        assertThat(tid.get()).isNotEqualTo(mine);
        assertThat(niceAfter.get()).isEqualTo(Math.min(19, before + 7));
        // the test's own thread keeps its priority
        assertThat(BackgroundPriority.niceOf(mine)).contains(before);
    }

    @Test
    void refusesValuesOutsideTheNiceRange() {
        assertThatThrownBy(() -> BackgroundPriority.lowerCurrentThread(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BackgroundPriority.lowerCurrentThread(20))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
