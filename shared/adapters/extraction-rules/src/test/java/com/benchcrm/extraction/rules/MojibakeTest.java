package com.benchcrm.extraction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {

    /** What text becomes when its UTF-8 bytes are read as Windows-1252. */
    static String garbled(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    }

    @Test
    void utf8ReadAsWindows1252_isRepaired() {
        String original = "• I’m a ‘senior’ developer – Java, C#, café, naïve";

        assertThat(garbled(original)).contains("â€¢", "â€™");
        assertThat(Mojibake.repair(garbled(original))).isEqualTo(original);
    }

    @Test
    void wordSymbolBullets_andTheirGarbledForm_becomeBullets() {
        assertThat(Mojibake.repair("\uf0b7\tTotal IT Experience")).isEqualTo("•\tTotal IT Experience");
        assertThat(Mojibake.repair(garbled("\uf0a7 Kafka"))).isEqualTo("• Kafka");
        assertThat(Mojibake.repair("â¢ Built REST APIs")).isEqualTo("• Built REST APIs");
    }

    @Test
    void correctTextWithAccents_isLeftAlone() {
        for (String s :
                new String[] {"São Paulo", "Müller GmbH", "Zürich – Genève", "naïve résumé", "Ångström", "â alone"}) {
            assertThat(Mojibake.repair(s)).isEqualTo(s);
        }
    }
}
