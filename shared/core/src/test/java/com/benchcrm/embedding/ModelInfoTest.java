package com.benchcrm.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelInfoTest {

    @Test
    void ofVersionedId_bedrockId_takesTheVersionAfterTheLastColon() {
        assertThat(ModelInfo.ofVersionedId("amazon.titan-embed-text-v2:0", 1024).key())
                .isEqualTo("amazon.titan-embed-text-v2:0@0/1024");
    }

    @Test
    void ofVersionedId_idWithoutColon_isVersionOne() {
        assertThat(ModelInfo.ofVersionedId("local-model", 16).version()).isEqualTo("1");
    }
}
