package com.benchcrm.extraction;

import com.benchcrm.common.WorkAuthorization;
import java.util.List;

/**
 * Work authorization terms: what is accepted, what is explicitly not, and the terms as written
 * ("USC/GC only, no H1B transfers").
 */
public record ExtractedVisa(
        List<WorkAuthorization> accepted, List<WorkAuthorization> excluded, String terms, String source) {

    public ExtractedVisa {
        accepted = accepted == null ? List.of() : List.copyOf(accepted);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
        source = source != null && source.length() > Sourced.MAX_SOURCE
                ? source.substring(0, Sourced.MAX_SOURCE)
                : source;
        terms = terms != null && terms.length() > 500 ? terms.substring(0, 500) : terms;
    }
}
