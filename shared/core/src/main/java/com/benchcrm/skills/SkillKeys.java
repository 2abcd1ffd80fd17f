package com.benchcrm.skills;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The loose keys under which skill names and aliases are compared: case, spaces, dashes,
 * underscores and apostrophes do not count, and inner dots are optional ({@code Node.js},
 * {@code nodejs}, {@code NODE JS} share a key; {@code .NET} keeps its leading dot). The taxonomy
 * generator and the runtime lookup use exactly these functions, so a data file always matches.
 *
 * <pre>{@code
 * SkillKeys.loose("React JS")      // "reactjs"
 * SkillKeys.variants("Node.js")    // ["node.js", "nodejs"]
 * SkillKeys.withoutVersion("Java 8") // "Java"
 * }</pre>
 */
public final class SkillKeys {

    private static final Pattern DROPPED = Pattern.compile("[\\s\\-_'’`\"*()\\[\\]{}]+");
    private static final Pattern TRAILING_VERSION =
            Pattern.compile("(?i)[\\s\\-_]*(v?\\d+(\\.\\d+)*(\\.x|x|\\+)?|\\d+(g|c|i)|\\d{4}(\\s*r2)?)\\s*\\+?$");
    private static final Pattern GLUED_VERSION = Pattern.compile("^([A-Za-z][A-Za-z+#]*[A-Za-z+#])\\d+(\\.\\d+)*$");

    private SkillKeys() {}

    /** Lower case, NFKC, without the characters that do not distinguish skills; dots kept. */
    public static String loose(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .trim();
        s = DROPPED.matcher(s).replaceAll("");
        while (s.endsWith(".") || s.endsWith(",") || s.endsWith(":") || s.endsWith(";")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** {@link #loose} and, when it has inner dots, the same without them ({@code node.js}, {@code nodejs}). */
    public static List<String> variants(String text) {
        String key = loose(text);
        List<String> out = new ArrayList<>(2);
        if (key.isEmpty()) {
            return out;
        }
        out.add(key);
        String compact = compact(key);
        if (!compact.equals(key) && !compact.isEmpty()) {
            out.add(compact);
        }
        return out;
    }

    /** Removes dots except a leading one ({@code .net} stays, {@code asp.net} becomes {@code aspnet}). */
    public static String compact(String looseKey) {
        if (looseKey.isEmpty()) {
            return looseKey;
        }
        return looseKey.charAt(0) + looseKey.substring(1).replace(".", "");
    }

    /**
     * The name without a trailing version ({@code Java 8}, {@code Angular 2+}, {@code Oracle 11g},
     * {@code SQL Server 2016}, {@code HTML5}, {@code Python 3.x}); the name itself when it has none.
     */
    public static String withoutVersion(String text) {
        String s = text.trim();
        String stripped = TRAILING_VERSION.matcher(s).replaceFirst("").trim();
        if (!stripped.isEmpty() && !stripped.equals(s)) {
            return stripped;
        }
        var glued = GLUED_VERSION.matcher(s);
        if (glued.matches()) {
            return glued.group(1);
        }
        return s;
    }

    /** How many words (runs of letters and digits) a name has: {@code Node.js} 2, {@code k8s} 1, {@code CI/CD} 2. */
    public static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** A stable identifier from a display name: {@code C#} is {@code csharp}, {@code .NET Core} is {@code dotnet-core}. */
    public static String slug(String displayName) {
        String s = Normalizer.normalize(displayName, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        s = s.replace("c++", "cplusplus")
                .replace("c#", "csharp")
                .replace("f#", "fsharp")
                .replace("+", "plus")
                .replace("#", "sharp")
                .replace("&", " and ");
        if (s.startsWith(".")) {
            s = "dot" + s.substring(1);
        }
        s = s.replace(".", "-").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "skill" : s;
    }
}
