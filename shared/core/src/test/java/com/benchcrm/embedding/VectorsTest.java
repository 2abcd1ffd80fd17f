package com.benchcrm.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void meanPool_weighsChunksByLength_andNormalizes() {
        float[] a = {1, 0};
        float[] b = {0, 1};
        float[] pooled = Vectors.meanPool(List.of(a, b), List.of(3, 1));
        assertThat(Vectors.norm(pooled)).isCloseTo(1.0, within(1e-6));
        assertThat(pooled[0] / pooled[1]).isCloseTo(3f, within(1e-5f));
    }

    @Test
    void meanPool_ofOneVector_isThatVectorNormalized() {
        float[] pooled = Vectors.meanPool(List.<float[]>of(new float[] {3, 4}), List.of(7));
        assertThat(pooled).containsExactly(0.6f, 0.8f);
    }

    @Test
    void normalize_rejectsTheZeroVector() {
        assertThatThrownBy(() -> Vectors.normalize(new float[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cosine_ofScaledVectors_isOne() {
        assertThat(Vectors.cosine(new float[] {1, 2, 3}, new float[] {2, 4, 6})).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void modelKey_namesIdVersionAndDimensions() {
        assertThat(new ModelInfo("amazon.titan-embed-text-v2:0", "v2", 512).key())
                .isEqualTo("amazon.titan-embed-text-v2:0@v2/512");
        assertThatThrownBy(() -> new Embedding(new float[3], new ModelInfo("m", "1", 4), 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chunker_keepsEveryNonWhitespaceCharacter_andRespectsTheLimit() {
        Random rnd = new Random(1);
        for (int n = 0; n < 200; n++) {
            StringBuilder s = new StringBuilder();
            int words = rnd.nextInt(300);
            for (int i = 0; i < words; i++) {
                s.append("x".repeat(1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 80 : 9)))
                        .append(rnd.nextBoolean() ? " " : "\n");
            }
            int max = 20 + rnd.nextInt(100);
            List<String> chunks = TextChunker.split(s.toString(), max);
            assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isBetween(1, max));
            assertThat(String.join("", chunks).replaceAll("\\s", ""))
                    .isEqualTo(s.toString().replaceAll("\\s", ""));
        }
    }
}
