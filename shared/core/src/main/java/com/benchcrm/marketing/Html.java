package com.benchcrm.marketing;

/**
 * HTML escaping for mail bodies: every value a template writes goes through {@link #text}, so a
 * consultant's title or a list's name cannot open a tag, an attribute or an entity.
 */
public final class Html {

    private Html() {}

    /** {@code value} as HTML text or a double-quoted attribute value; null as the empty string. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
