package com.benchcrm.sql.rdsdata;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the {@code :name} parameters a statement uses, with the same rules as the JDBC adapter's
 * rewriter: {@code ::type} casts, quoted strings and identifiers, dollar-quoted bodies and comments
 * are not parameters. The Data API binds {@code :name} itself; the adapter only needs the names to
 * refuse a statement whose parameter has no value (as JDBC does) and to send only what is used.
 */
final class NamedParameters {

    private static final int CACHE_LIMIT = 2_000;
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private NamedParameters() {
    }

    /** The distinct parameter names in order of first use. */
    static List<String> in(String sql) {
        List<String> names = CACHE.get(sql);
        if (names == null) {
            names = parse(sql);
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.put(sql, names);
            }
        }
        return names;
    }

    static List<String> parse(String sql) {
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = closingQuote(sql, i, c);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '$' && dollarTagEnd(sql, i) > 0) {
                int tagEnd = dollarTagEnd(sql, i);
                String tag = sql.substring(i, tagEnd);
                int close = sql.indexOf(tag, tagEnd);
                i = close < 0 ? n : close + tag.length();
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                i += 2;
            } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
                    j++;
                }
                names.add(sql.substring(i + 1, j));
                i = j;
            } else {
                i++;
            }
        }
        return List.copyOf(names);
    }

    private static int closingQuote(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** End index (exclusive) of a {@code $tag$} opening at {@code start}, or -1. */
    private static int dollarTagEnd(String sql, int start) {
        int i = start + 1;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        if (i < sql.length() && sql.charAt(i) == '$' && (i == start + 1 || !Character.isDigit(sql.charAt(start + 1)))) {
            return i + 1;
        }
        return -1;
    }
}
