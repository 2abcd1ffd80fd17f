package com.benchcrm.embedding;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into pieces of at most {@code maxChars} characters, at whitespace where it can, for
 * models whose limit is counted in characters or whose tokenizer is remote (Bedrock). Token-window
 * models (the ONNX adapter) chunk on tokens instead. No character is dropped except the whitespace
 * at a split.
 */
public final class TextChunker {

    private TextChunker() {}

    public static List<String> split(String text, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        String t = text.strip();
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < t.length()) {
            int end = Math.min(t.length(), start + maxChars);
            if (end < t.length()) {
                int ws = end;
                while (ws > start + maxChars / 2 && !Character.isWhitespace(t.charAt(ws))) {
                    ws--;
                }
                if (ws > start + maxChars / 2) {
                    end = ws;
                }
            }
            String piece = t.substring(start, end).strip();
            if (!piece.isEmpty()) {
                out.add(piece);
            }
            start = end;
            while (start < t.length() && Character.isWhitespace(t.charAt(start))) {
                start++;
            }
        }
        return out;
    }
}
