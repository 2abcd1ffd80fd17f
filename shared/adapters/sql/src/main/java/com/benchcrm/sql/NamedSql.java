package com.benchcrm.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code :name} parameters of a statement, found by one lexer for both adapters: what is not a
 * parameter is left alone ({@code ::type} casts, quoted strings and identifiers, dollar-quoted
 * bodies, comments). The JDBC adapter binds {@link #jdbcSql()} with {@code ?} placeholders in
 * {@link #names()} order; the Data API adapter, which binds {@code :name} itself, sends the
 * {@link #distinctNames()}.
 *
 * @param jdbcSql the statement with each parameter replaced by {@code ?}
 * @param names   the parameter of each placeholder, in order (a name used twice appears twice)
 */
public record NamedSql(String jdbcSql, List<String> names) {

    private static final int CACHE_LIMIT = 2_000;
    private static final Map<String, NamedSql> CACHE = new ConcurrentHashMap<>();

    /** Parses (and caches) a statement. */
    public static NamedSql of(String sql) {
        NamedSql parsed = CACHE.get(sql);
        if (parsed == null) {
            parsed = parse(sql);
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.put(sql, parsed);
            }
        }
        return parsed;
    }

    /** The distinct parameter names, in order of first use. */
    public List<String> distinctNames() {
        return List.copyOf(new LinkedHashSet<>(names));
    }

    static NamedSql parse(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closingQuote(sql, i, c);
                out.append(sql, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(sql, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                out.append(sql, i, end);
                i = end;
            } else if (c == '$' && dollarTagEnd(sql, i) > 0) {
                int tagEnd = dollarTagEnd(sql, i);
                String tag = sql.substring(i, tagEnd);
                int close = sql.indexOf(tag, tagEnd);
                int end = close < 0 ? n : close + tag.length();
                out.append(sql, i, end);
                i = end;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
                    j++;
                }
                names.add(sql.substring(i + 1, j));
                out.append('?');
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return new NamedSql(out.toString(), List.copyOf(names));
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
