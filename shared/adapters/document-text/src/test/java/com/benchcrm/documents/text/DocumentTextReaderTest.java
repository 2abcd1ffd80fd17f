package com.benchcrm.documents.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.documents.DocumentText;
import com.benchcrm.documents.DocumentTooLargeException;
import com.benchcrm.documents.UnreadableDocumentException;
import com.benchcrm.mail.AttachmentKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTextReaderTest {

    final DocumentTextReader reader = new DocumentTextReader();

    @Test
    void pdf_textOfEveryLine() {
        byte[] pdf =
                TestDocuments.pdf(List.of("Avery Example", "Senior Java Developer", "Skills: Java, Spring Boot, AWS"));

        assertThat(DocumentText.sniff(pdf)).isEqualTo(AttachmentKind.PDF);
        assertThat(reader.text(pdf, AttachmentKind.PDF))
                .contains("Avery Example")
                .contains("Skills: Java, Spring Boot, AWS");
    }

    @Test
    void docx_paragraphsOnTheirOwnLines() {
        byte[] docx = TestDocuments.docx(List.of("Avery Example", "Skills: Java & Kafka"));

        assertThat(DocumentText.sniff(docx)).isEqualTo(AttachmentKind.DOCX);
        assertThat(reader.text(docx, AttachmentKind.DOCX)).isEqualTo("Avery Example\nSkills: Java & Kafka");
    }

    @Test
    void rtfAndPlainText() {
        assertThat(reader.text(
                        "{\\rtf1\\ansi {\\b Avery} Example\\par Java}".getBytes(StandardCharsets.US_ASCII),
                        AttachmentKind.RTF))
                .contains("Avery Example")
                .contains("Java");
        assertThat(reader.text("caf\u00e9".getBytes(StandardCharsets.UTF_8), AttachmentKind.TEXT))
                .isEqualTo("caf\u00e9");
    }

    @Test
    void badDocuments_areUnreadableWithAReason_neverACrash() {
        assertThatThrownBy(() -> reader.text(new byte[] {1, 2, 3}, AttachmentKind.PDF))
                .isInstanceOf(UnreadableDocumentException.class);
        assertThatThrownBy(() -> reader.text(new byte[] {'P', 'K', 3, 4, 0}, AttachmentKind.DOCX))
                .isInstanceOf(UnreadableDocumentException.class);
        assertThatThrownBy(() -> reader.text(new byte[] {1}, AttachmentKind.DOC))
                .hasMessageContaining("legacy Word");
        assertThatThrownBy(() -> reader.text(new byte[0], AttachmentKind.TEXT)).hasMessageContaining("empty");
    }

    // ------------------------------------------------------------------------------ bombs

    /**
     * Before the fix this DOCX (~1 KB) took ~1,000 s: the line-end trim was a regex, quadratic in a
     * run of blanks. The timeout only keeps a regression from hanging the build; the times are
     * measured by {@code shared/tools/benchmarks/run docbomb}.
     */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void docxOfAMegabyteOfSpaces_isReadLikeAnyOther() {
        byte[] bomb = TestDocuments.docxOfSpaces(1_000_000);

        String text = reader.text(bomb, AttachmentKind.DOCX);

        assertThat(bomb.length).isLessThan(10_000);
        assertThat(text).startsWith("Avery Example\n").endsWith("x").hasSize("Avery Example\n".length() + 1_000_001);
    }

    @Test
    void docxThatUnzipsPastTheLimit_isTooLarge() {
        byte[] bomb = TestDocuments.docxWithJunk(200L * 1024 * 1024, 0);

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> reader.text(bomb, AttachmentKind.DOCX))
                .isInstanceOf(DocumentTooLargeException.class)
                .hasMessageContaining("unzips to over 20 MiB");
    }

    @Test
    void docxWithThousandsOfEntries_isTooLarge_aFewAreFine() {
        assertThat(reader.text(TestDocuments.docxWithJunk(1024, 20), AttachmentKind.DOCX))
                .isEqualTo("Avery Example");
        assertThatThrownBy(() -> reader.text(TestDocuments.docxWithJunk(0, 5_000), AttachmentKind.DOCX))
                .isInstanceOf(DocumentTooLargeException.class)
                .hasMessageContaining("entries");
    }

    @Test
    void docxWithMoreTextThanAnyResume_isTooLarge() {
        byte[] docx = TestDocuments.docx(List.of("word ".repeat(300_000)));

        assertThatThrownBy(() -> reader.text(docx, AttachmentKind.DOCX))
                .isInstanceOf(DocumentTooLargeException.class)
                .hasMessageContaining("characters");
    }

    @Test
    void pdfOverThePageCap_readsOnlyTheFirstPages() {
        List<String> pages = new java.util.ArrayList<>();
        for (int i = 1; i <= DocumentTextReader.MAX_PAGES + 5; i++) {
            pages.add("Page marker " + i);
        }
        byte[] pdf = TestDocuments.pdfPages(pages);

        String text = reader.text(pdf, AttachmentKind.PDF);

        assertThat(text)
                .contains("Page marker 1\n")
                .contains("Page marker " + DocumentTextReader.MAX_PAGES)
                .doesNotContain("Page marker " + (DocumentTextReader.MAX_PAGES + 1));
    }

    @Test
    void pdfWhoseStreamsInflatePastTheMemoryCap_isTooLarge() {
        byte[] pdf = TestDocuments.pdfWithHugeContent(120 * 1024 * 1024);

        assertThat(pdf.length).isLessThan(2 * 1024 * 1024);
        assertThatThrownBy(() -> reader.text(pdf, AttachmentKind.PDF)).isInstanceOf(DocumentTooLargeException.class);
    }

    /** The one-pass normalization does exactly what the two regular expressions did, on random text. */
    @Test
    void normalize_sameAsTheRegexes_onRandomText() {
        java.util.Random random = new java.util.Random(11);
        char[] alphabet = {' ', ' ', '\t', '|', '\n', '\n', 'a', 'b', '-'};
        for (int run = 0; run < 20_000; run++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String in = b.toString();
            String regex = in.replaceAll("(?m)[ \\t|]+$", "")
                    .replaceAll("\\n{3,}", "\n\n")
                    .strip();
            assertThat(DocumentTextReader.normalize(in))
                    .as("%s", in.replace("\n", "\\n").replace("\t", "\\t"))
                    .isEqualTo(regex);
        }
    }
}
