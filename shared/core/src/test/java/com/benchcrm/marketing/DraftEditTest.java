package com.benchcrm.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.common.ValidationException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DraftEditTest {

    private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

    private static OutreachDraft draft(String text) {
        return new OutreachDraft(
                UUID.randomUUID(),
                OutreachDraft.Kind.HOT_LIST,
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                null,
                "Hot list: Java (1)",
                text,
                "<!DOCTYPE html><html><head><title>Hot list: Java (1)</title></head><body><table></table></body></html>",
                OutreachDraft.Generator.TEMPLATE,
                OutreachDraft.Status.DRAFT,
                null,
                null,
                "u1",
                3,
                AT,
                AT,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void newText_becomesTheBody_andTheHtmlIsMadeAgainFromIt_escaped() {
        DraftEdit.Text t =
                new DraftEdit(null, "Hi & welcome\r\n\r\nJava <-> Kotlin lead\r\nAustin  \n").applyTo(draft("old\n"));

        assertThat(t.bodyText()).isEqualTo("Hi & welcome\n\nJava <-> Kotlin lead\nAustin\n");
        assertThat(t.bodyHtml())
                .contains("<title>Hot list: Java (1)</title>")
                .contains("<p>Hi &amp; welcome</p><p>Java &lt;-&gt; Kotlin lead<br>Austin</p>")
                .doesNotContain("<table>", "<->");
        assertThat(t.changed()).containsExactly("bodyText");
    }

    @Test
    void aPlaceholderTheEditBringsIn_isRefused_oneTheTextHadIsNot() {
        OutreachDraft d = draft("REF-1 Java lead, available TBD\n");

        assertThat(new DraftEdit(null, "REF-1 Java lead (Austin), available TBD")
                        .applyTo(d)
                        .bodyText())
                .isEqualTo("REF-1 Java lead (Austin), available TBD\n");
        assertThatThrownBy(() -> new DraftEdit(null, "Regards, [Your Name]").applyTo(d))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                            assertThat(f.field()).isEqualTo("/bodyText");
                            assertThat(f.message()).contains("[Your Name]");
                        }));
    }

    @Test
    void limits_andAnEmptyEdit() {
        OutreachDraft d = draft("text\n");

        assertThat(new DraftEdit("a".repeat(200), null).applyTo(d).subject()).hasSize(200);
        assertThatThrownBy(() -> new DraftEdit(null, "x".repeat(DraftEdit.MAX_BODY_CHARS + 1)).applyTo(d))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new DraftEdit("tab\there", null).applyTo(d)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new DraftEdit(null, null).applyTo(d))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .singleElement()
                                .satisfies(f -> assertThat(f.field()).isEmpty()));
        assertThat(new DraftEdit("Hot list: Java (1)", "text").applyTo(d).changed())
                .isEmpty();
    }
}
