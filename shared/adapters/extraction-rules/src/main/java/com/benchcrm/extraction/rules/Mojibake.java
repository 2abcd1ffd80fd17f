package com.benchcrm.extraction.rules;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text that went through the wrong character set on its way here, as resumes and
 * forwarded mail often have: UTF-8 read as Windows-1252 ("â€¢" for "•", "â€™" for "’", "Ã©" for
 * "é", "ï‚·" for the private-use bullet of Word's Symbol font), the same with the middle byte lost
 * ("â¢"), and the private-use glyphs Word uses for bullets (U+F0B7, U+F0A7, U+F0D8...), which
 * become "•".
 *
 * <p>A run of suspicious characters is replaced only when it is valid UTF-8 once encoded back to
 * Windows-1252, so correct text ("Müller", "São Paulo", "â" alone) is left as it is.
 */
final class Mojibake {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** Characters UTF-8 bytes turn into when read as Windows-1252 (the Latin-1 range and 1252's extras). */
    private static final Pattern RUN = Pattern.compile(
            "[\\u00c2-\\u00f4][\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e"
                    + "\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201a\\u201c-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122]{1,3}");

    private static final Pattern LOST_EURO = Pattern.compile("\\u00e2\\u00a2");
    private static final Pattern PRIVATE_BULLET = Pattern.compile("[\\uf020-\\uf0ff]");

    private Mojibake() {}

    static String repair(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = text;
        if (needsRepair(s)) {
            Matcher m = RUN.matcher(s);
            StringBuilder out = new StringBuilder(s.length());
            int at = 0;
            while (m.find()) {
                String fixed = decode(m.group());
                out.append(s, at, m.start()).append(fixed == null ? m.group() : fixed);
                at = m.end();
            }
            s = out.append(s.substring(at)).toString();
            // "â¢": the bullet's middle byte went missing on the way
            s = LOST_EURO.matcher(s).replaceAll("•");
        }
        if (s.indexOf('\uf000') >= 0 || PRIVATE_BULLET.matcher(s).find()) {
            s = PRIVATE_BULLET.matcher(s).replaceAll("•");
        }
        return s;
    }

    private static boolean needsRepair(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u00c2' && c <= '\u00f4') {
                return true;
            }
        }
        return false;
    }

    /** The run as UTF-8 once its characters are Windows-1252 bytes again, or null when that is not valid UTF-8. */
    private static String decode(String run) {
        try {
            CharsetEncoder enc = CP1252.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = enc.encode(CharBuffer.wrap(run));
            CharsetDecoder dec = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            String decoded = dec.decode(bytes).toString();
            return decoded.length() < run.length() ? decoded : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
