package com.benchcrm.mail.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.benchcrm.mail.ParsedMail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The classic MIME test messages (Hunnysoft samples via zbateson/mail-mime-parser, in
 * ../shared/data/email/mime-corpus): nested multiparts, attachments, TNEF, forwards, a digest,
 * RFC 2047 headers. Every one parses without an exception and yields text or attachments.
 */
class MimeCorpusTest {

    @Test
    void everyCorpusMessage_parsesWithoutException_andYieldsTextOrParts() throws IOException {
        Path dir = Fixtures.sharedData("email/mime-corpus");
        Assumptions.assumeTrue(dir != null, "skipped: ../shared/data/email/mime-corpus is not present");
        MimeMailParser parser = new MimeMailParser();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path eml : files) {
            byte[] raw = Files.readAllBytes(eml);
            assertThatCode(() -> parser.parse(raw))
                    .as(eml.getFileName().toString())
                    .doesNotThrowAnyException();
            ParsedMail m = parser.parse(raw);
            assertThat(!m.text().isBlank()
                            || !m.attachments().isEmpty()
                            || !m.forwarded().isEmpty())
                    .as(eml.getFileName() + " yields something")
                    .isTrue();
            assertThat(m.subject()).as(eml.getFileName() + " subject decoded").doesNotContain("=?");
        }
    }
}
