package com.benchcrm.eval.extraction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which part of an evaluation set an item belongs to. {@link #DEV}: the development part, looked
 * at and tuned on (its figures are labelled "tuned"). {@link #MEASURE}: the measuring part, only
 * ever scored in aggregate, never inspected item by item while tuning.
 *
 * <p>The split is deterministic and needs no state: the items of a set are ordered by the SHA-256
 * of {@code "benchcrm-eval-v1:<set>/<key>"} and alternate, the first to {@code MEASURE}; so every
 * set, however small, has half its items (rounded up) in the measuring part, and the same data
 * always splits the same way.
 */
public enum Part {
    DEV,
    MEASURE;

    /** The part of every key of one set. */
    public static Map<String, Part> split(String set, Collection<String> keys) {
        List<String> ordered = new ArrayList<>(keys);
        ordered.sort((a, b) -> hash(set, a).compareTo(hash(set, b)));
        Map<String, Part> out = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            out.put(ordered.get(i), i % 2 == 0 ? MEASURE : DEV);
        }
        return out;
    }

    /**
     * The part of one item by its own hash alone (even first byte: {@code MEASURE}), for a set whose membership
     * moves: the Dice sample keeps the postings that name two technologies of the taxonomy, so a taxonomy change
     * adds or drops a few postings, and {@link #split}'s alternation would then move every later item to the
     * other part. Here an item stays in its part whatever else joins or leaves the set.
     */
    public static Part of(String set, String key) {
        return Integer.parseInt(hash(set, key).substring(0, 2), 16) % 2 == 0 ? MEASURE : DEV;
    }

    static String hash(String set, String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(("benchcrm-eval-v1:" + set + "/" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
