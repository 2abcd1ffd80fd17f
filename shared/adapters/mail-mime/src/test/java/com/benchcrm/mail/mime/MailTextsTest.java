package com.benchcrm.mail.mime;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.mail.ParsedMail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class MailTextsTest {

    @Test
    void stripReply_gmailStyleMarkerOnTwoLines() {
        String text = "Sounds good\n\nOn Mon, Apr 2, 2012 at 6:26 PM, Megan One <\nmegan@example.com> wrote:\n\n> Hi";
        assertThat(MailTexts.stripReply(text)).isEqualTo("Sounds good");
    }

    @Test
    void stripReply_outlookHeaderBlock() {
        String text =
                "Works for me.\n\nFrom: Someone [mailto:s@example.com]\nSent: Monday\nTo: Me\nSubject: x\n\nold text";
        assertThat(MailTexts.stripReply(text)).isEqualTo("Works for me.");
    }

    @Test
    void stripReply_bottomPosting_keepsTheTextAfterTheQuote() {
        String text = "On 04/02/2012 06:26 PM, Megan One wrote:\n> Hi\nHello";
        assertThat(MailTexts.stripReply(text)).isEqualTo("Hello");
    }

    @Test
    void splitSignature_dashDashAndClosingPhrase() {
        assertThat(MailTexts.splitSignature("Body line\n-- \nAvery\n555-010-0100")
                        .signature())
                .startsWith("--");
        MailTexts.Split s =
                MailTexts.splitSignature("Role: X\nLocation: Y\n\nThanks & Regards,\nAvery Example\nVendor LLC");
        assertThat(s.body()).isEqualTo("Role: X\nLocation: Y");
        assertThat(s.signature()).startsWith("Thanks & Regards,");
    }

    @Test
    void stripListFooter_googleGroupsFooterGoes() {
        String text =
                "Role: X\n\n-- \nYou received this message because you are subscribed to the Google Groups \"x\" group.\nTo unsubscribe...";
        assertThat(MailTexts.stripListFooter(text)).isEqualTo("Role: X");
    }

    /**
     * The public reply corpus (mailgun/talon fixtures, ../shared/data/email/replies): the reply text
     * of each client's mail is what its {@code *_reply_text} file says, or "Hello" (what every
     * message of the corpus replies).
     */
    @Test
    void replyCorpus_everyClientsReplyIsExtracted() throws IOException {
        Path dir = Fixtures.sharedData("email/replies");
        Assumptions.assumeTrue(dir != null, "skipped: ../shared/data/email/replies is not present");
        MimeMailParser parser = new MimeMailParser();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path eml :
                    files.filter(p -> p.toString().endsWith(".eml")).sorted().toList()) {
                ParsedMail m = parser.parse(Files.readAllBytes(eml));
                String reply = MailTexts.stripReply(m.text());
                String name = eml.getFileName().toString().replace(".eml", "");
                Path expectedFile = dir.resolve(name + "_reply_text");
                String expected = Files.exists(expectedFile) ? Files.readString(expectedFile) : "Hello";
                assertThat(normalize(reply)).as(name).isEqualTo(normalize(expected));
            }
        }
    }

    private static String normalize(String s) {
        return s.replaceAll("[ \\t\\u00a0]+\\n", "\n")
                .replaceAll("\\n{2,}", "\n\n")
                .strip();
    }

    @Test
    void aForwardersNote_endsAtItsSignOff_whereverItStands() {
        MailTexts.Split s =
                MailTexts.splitNoteSignature("Please see below and send me candidates today.\n\nThanks,\nDana");
        assertThat(s.body()).isEqualTo("Please see below and send me candidates today.");
        assertThat(s.signature()).isEqualTo("Thanks,\nDana");
        assertThat(MailTexts.splitNoteSignature("Thanks,").body()).isEmpty();
        assertThat(MailTexts.splitNoteSignature("FYI, please load this one.").body())
                .isEqualTo("FYI, please load this one.");
    }
}
