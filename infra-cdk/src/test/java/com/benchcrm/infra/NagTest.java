package com.benchcrm.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** cdk-nag's AWS Solutions pack, applied to the app exactly as {@code BenchCrmApp} applies it. */
class NagTest {

    @Test
    void synth_oneTenant_hasNoUnsuppressedNagErrors() {
        assertThat(SynthesizedApp.oneTenant().nagErrors()).isEmpty();
    }

    @Test
    void synth_threeTenants_hasNoUnsuppressedNagErrors() {
        assertThat(SynthesizedApp.threeTenants().nagErrors()).isEmpty();
    }

    @Test
    void synth_oneTenant_hasNoUnsuppressedNagWarnings() {
        assertThat(SynthesizedApp.oneTenant().nagWarnings()).isEmpty();
    }
}
