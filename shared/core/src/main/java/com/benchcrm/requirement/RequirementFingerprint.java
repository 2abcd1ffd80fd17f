package com.benchcrm.requirement;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * What dedupe compares. Two requirements are the same when their normalized titles and clients are
 * equal and their places overlap (a state in common, and the same city when both name one; no
 * place on either side overlaps everything): "Salesforce Developer, MD/AZ/PA" from one vendor and
 * "Salesforce Developer, Arizona" from another are one requirement with two sources.
 *
 * @param locationKeys {@code "TX"} or {@code "TX|dallas"}
 */
public record RequirementFingerprint(
        String titleKey, String clientKey, List<String> locationKeys, List<String> skillKeys) {

    public RequirementFingerprint {
        titleKey = key(titleKey);
        clientKey = clientKey == null ? "" : key(clientKey);
        locationKeys = locationKeys == null ? List.of() : List.copyOf(locationKeys);
        skillKeys = skillKeys == null ? List.of() : List.copyOf(skillKeys);
    }

    /** Lower case letters and digits, single spaces. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return s.replaceAll("[^a-z0-9#+.]+", " ").trim();
    }

    /** The key of a place: {@code "TX|dallas"}, {@code "TX"}, or the country when there is no state. */
    public static String locationKey(String city, String state, String country) {
        if (state != null && !state.isBlank()) {
            return state.trim().toUpperCase(Locale.ROOT) + (city == null || city.isBlank() ? "" : "|" + key(city));
        }
        return country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
    }

    /** Whether two sets of places overlap (see the class comment). */
    public static boolean overlaps(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (String x : a) {
            for (String y : b) {
                String[] px = x.split("\\|", 2);
                String[] py = y.split("\\|", 2);
                if (px[0].equals(py[0]) && (px.length == 1 || py.length == 1 || px[1].equals(py[1]))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The requirement's dedupe key (stored on the first requirement with it). */
    public String dedupeKey() {
        return titleKey + "|" + clientKey + "|"
                + String.join(",", locationKeys.stream().sorted().toList());
    }
}
