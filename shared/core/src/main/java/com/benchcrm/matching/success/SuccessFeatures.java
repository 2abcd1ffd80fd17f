package com.benchcrm.matching.success;

import com.benchcrm.matching.Factor;
import com.benchcrm.matching.FactorScore;
import com.benchcrm.matching.MatchResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The feature vector a success model reads from one scored match: each factor's value (0 to 1, in
 * {@link Factor} order), the match score, and whether a hard filter flagged the consultant. The same
 * function builds the training rows (from the feature snapshots stored with recommendations) and the
 * request-time input, so the two cannot drift apart.
 *
 * <pre>{@code
 * double[] x = SuccessFeatures.of(result);                  // request time
 * double[] x = SuccessFeatures.of(storedFactors, score, f); // training rows
 * }</pre>
 */
public final class SuccessFeatures {

    /** The names of the vector's entries, in order (recorded in every model card). */
    public static final List<String> NAMES;

    static {
        List<String> n = new ArrayList<>();
        for (Factor f : Factor.values()) {
            n.add(f.code());
        }
        n.add("matchScore");
        n.add("flagged");
        NAMES = List.copyOf(n);
    }

    private SuccessFeatures() {
    }

    public static double[] of(MatchResult r) {
        return of(r.factors(), r.matchScore(), !r.flags().isEmpty());
    }

    /** A factor missing from {@code factors} (a snapshot older than it) reads as the neutral 0.5. */
    public static double[] of(List<FactorScore> factors, double matchScore, boolean flagged) {
        Factor[] all = Factor.values();
        double[] x = new double[NAMES.size()];
        for (int i = 0; i < all.length; i++) {
            x[i] = 0.5;
        }
        for (FactorScore s : factors) {
            x[s.factor().ordinal()] = s.value();
        }
        x[all.length] = matchScore;
        x[all.length + 1] = flagged ? 1 : 0;
        return x;
    }
}
