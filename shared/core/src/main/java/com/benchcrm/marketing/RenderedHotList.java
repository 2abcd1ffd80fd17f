package com.benchcrm.marketing;

import java.util.List;
import java.util.UUID;

/**
 * A hot list rendered as a mail body: the subject, the HTML and the plain-text alternative, and the
 * lines it shows (for the recruiter's preview). {@code excludedOptedOut} counts the consultants the
 * list picked or its filter found who opted out of marketing and were left out.
 */
public record RenderedHotList(
        UUID hotListId, String subject, String html, String text, List<HotListLine> lines, int excludedOptedOut) {

    public RenderedHotList {
        lines = List.copyOf(lines);
    }
}
