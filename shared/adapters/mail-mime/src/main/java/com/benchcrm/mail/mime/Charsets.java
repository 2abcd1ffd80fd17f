package com.benchcrm.mail.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes text whose declared charset may be missing, misspelled or unknown. Mail in the wild says
 * {@code utf8}, {@code ks_c_5601-1987}, {@code x-unknown} or nothing at all; the rule is: a charset
 * Java knows (or a known alias) is used; otherwise valid UTF-8 is read as UTF-8 and anything else as
 * windows-1252 (a superset of ISO-8859-1 that never fails), and the fallback is reported.
 */
final class Charsets {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("utf8", "UTF-8"),
            Map.entry("utf-8", "UTF-8"),
            Map.entry("unicode-1-1-utf-8", "UTF-8"),
            Map.entry("latin1", "ISO-8859-1"),
            Map.entry("latin-1", "ISO-8859-1"),
            Map.entry("iso8859-1", "ISO-8859-1"),
            Map.entry("iso-8859-8-i", "ISO-8859-8"),
            Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("ks_c_5601", "x-windows-949"),
            Map.entry("gb2312", "GBK"),
            Map.entry("x-gbk", "GBK"),
            Map.entry("cp1252", "windows-1252"),
            Map.entry("ansi_x3.4-1968", "US-ASCII"),
            Map.entry("ascii", "US-ASCII"),
            Map.entry("us-ascii", "US-ASCII"),
            Map.entry("x-mac-roman", "x-MacRoman"),
            Map.entry("macintosh", "x-MacRoman"));

    private Charsets() {}

    /** The decoded text and, when the declared charset could not be used, a note saying what was done. */
    record Decoded(String text, String problem) {}

    static Decoded decode(byte[] bytes, String declared) {
        Charset cs = lookup(declared);
        if (cs != null) {
            // US-ASCII declared but 8-bit bytes present: the sender lied; UTF-8 is the usual truth
            if (cs.equals(StandardCharsets.US_ASCII) && hasHighBytes(bytes)) {
                String utf8 = strictUtf8(bytes);
                return new Decoded(utf8 != null ? utf8 : new String(bytes, Charset.forName("windows-1252")), null);
            }
            return new Decoded(new String(bytes, cs), null);
        }
        String utf8 = strictUtf8(bytes);
        String used = utf8 != null ? "UTF-8" : "windows-1252";
        String text = utf8 != null ? utf8 : new String(bytes, Charset.forName("windows-1252"));
        String problem = declared == null || declared.isBlank()
                ? null
                : "unknown charset '" + printable(declared) + "'; decoded as " + used;
        return new Decoded(text, problem);
    }

    static Charset lookup(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().replace("\"", "").toLowerCase(Locale.ROOT);
        String alias = ALIASES.get(n);
        try {
            if (alias != null) {
                return Charset.forName(alias);
            }
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The bytes as UTF-8 when they are valid UTF-8, else null. */
    static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean hasHighBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static String printable(String s) {
        String p = s.replaceAll("[^\\x20-\\x7e]", "?");
        return p.length() > 40 ? p.substring(0, 40) : p;
    }

    static List<String> knownAliases() {
        return List.copyOf(ALIASES.keySet());
    }
}
