package com.benchcrm.documents.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.documents.DocumentText;
import com.benchcrm.documents.UnreadableDocumentException;
import com.benchcrm.mail.AttachmentKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTextReaderTest {

    final DocumentTextReader reader = new DocumentTextReader();

    @Test
    void pdf_textOfEveryLine() {
        byte[] pdf = TestDocuments.pdf(List.of("Avery Example", "Senior Java Developer", "Skills: Java, Spring Boot, AWS"));

        assertThat(DocumentText.sniff(pdf)).isEqualTo(AttachmentKind.PDF);
        assertThat(reader.text(pdf, AttachmentKind.PDF)).contains("Avery Example").contains("Skills: Java, Spring Boot, AWS");
    }

    @Test
    void docx_paragraphsOnTheirOwnLines() {
        byte[] docx = TestDocuments.docx(List.of("Avery Example", "Skills: Java & Kafka"));

        assertThat(DocumentText.sniff(docx)).isEqualTo(AttachmentKind.DOCX);
        assertThat(reader.text(docx, AttachmentKind.DOCX)).isEqualTo("Avery Example\nSkills: Java & Kafka");
    }

    @Test
    void rtfAndPlainText() {
        assertThat(reader.text("{\\rtf1\\ansi {\\b Avery} Example\\par Java}".getBytes(StandardCharsets.US_ASCII), AttachmentKind.RTF))
                .contains("Avery Example").contains("Java");
        assertThat(reader.text("caf\u00e9".getBytes(StandardCharsets.UTF_8), AttachmentKind.TEXT)).isEqualTo("caf\u00e9");
    }

    @Test
    void badDocuments_areUnreadableWithAReason_neverACrash() {
        assertThatThrownBy(() -> reader.text(new byte[] {1, 2, 3}, AttachmentKind.PDF)).isInstanceOf(UnreadableDocumentException.class);
        assertThatThrownBy(() -> reader.text(new byte[] {'P', 'K', 3, 4, 0}, AttachmentKind.DOCX))
                .isInstanceOf(UnreadableDocumentException.class);
        assertThatThrownBy(() -> reader.text(new byte[] {1}, AttachmentKind.DOC)).hasMessageContaining("legacy Word");
        assertThatThrownBy(() -> reader.text(new byte[0], AttachmentKind.TEXT)).hasMessageContaining("empty");
    }
}
