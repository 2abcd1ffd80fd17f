package com.benchcrm.extraction.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a mail's signature starts: at its closing phrase ("Thanks & Regards,", "Warm regards",
 * "--"), or, without one, at the last short block that holds an e-mail address or a phone number.
 * Nothing from there on is requirement text: an address in the signature is not the job's place,
 * the vendor's LinkedIn is not a skill.
 */
final class Signatures {

    static final Pattern CLOSING = Pattern.compile(
            "(?i)^(thanks?( you| a lot| again)?|thank you( so much)?|many thanks|regards|best|sincerely|cheers|respectfully|"
                    + "(warm|kind|best|with|warmest|kindest|many)\\s+(regards|thanks|wishes)|"
                    + "thanks?\\s*(?:(?:&|and|n)\\s*)?(best |warm |kind )?regards|yours (truly|sincerely|faithfully)|--+|__+)\\W*$");
    private static final int LOOK_BACK = 40;

    private Signatures() {}

    /** The index of the first signature line, or {@code lines.size()} when there is none. */
    static int start(List<Text.Line> lines) {
        int n = lines.size();
        for (int i = n - 1; i >= Math.max(0, n - LOOK_BACK); i--) {
            if (CLOSING.matcher(lines.get(i).text()).matches()) {
                return i;
            }
        }
        // no closing phrase: the last block of short lines with an address or a phone
        int end = n;
        while (end > 0 && lines.get(end - 1).text().isBlank()) {
            end--;
        }
        int blockStart = end;
        while (blockStart > 0 && !lines.get(blockStart - 1).text().isBlank()) {
            blockStart--;
        }
        if (end - blockStart == 0 || end - blockStart > 8) {
            return n;
        }
        boolean contact = false;
        for (int i = blockStart; i < end; i++) {
            String t = lines.get(i).text();
            if (t.length() > 80 || t.matches("(?i)^(role|position|title|location|duration|skills?|rate|visa)\\s*:.*")) {
                return n;
            }
            contact |= Contacts.EMAIL.matcher(t).find()
                    || Contacts.PHONE.matcher(t).find();
        }
        return contact && blockStart > 0 ? blockStart : n;
    }
}
