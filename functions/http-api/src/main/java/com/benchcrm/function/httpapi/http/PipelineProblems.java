package com.benchcrm.function.httpapi.http;

import com.benchcrm.submission.DuplicateSubmissionException;
import com.benchcrm.submission.IllegalTransitionException;
import com.benchcrm.submission.MarginBelowFloorException;
import com.benchcrm.submission.RtrRequiredException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The extension members of the submission pipeline's problems (the {@code Problem} schema documents each). */
final class PipelineProblems {

    private PipelineProblems() {}

    static Map<String, Object> illegalTransition(IllegalTransitionException e) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("from", e.from().name());
        x.put("to", e.to().name());
        x.put("allowed", e.allowed().stream().map(Enum::name).toList());
        return x;
    }

    static Map<String, Object> duplicate(DuplicateSubmissionException e) {
        List<Map<String, Object>> earlier = e.conflicts().stream()
                .map(c -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("submissionId", c.submissionId().toString());
                    m.put("requirementId", c.requirementId().toString());
                    if (c.requirementTitle() != null) {
                        m.put("requirementTitle", c.requirementTitle());
                    }
                    if (c.endClient() != null) {
                        m.put("endClient", c.endClient());
                    }
                    if (c.vendorCompanyId() != null) {
                        m.put("vendorCompanyId", c.vendorCompanyId().toString());
                    }
                    if (c.vendorName() != null) {
                        m.put("vendorName", c.vendorName());
                    }
                    m.put("submittedAt", c.submittedAt().toString());
                    m.put("status", c.status().name());
                    m.put("rule", c.rule().name());
                    return m;
                })
                .toList();
        return Map.of("windowDays", e.windowDays(), "earlierSubmissions", earlier);
    }

    static Map<String, Object> rtrRequired(RtrRequiredException e) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("consultantId", e.consultantId().toString());
        x.put("requirementId", e.requirementId().toString());
        x.put("vendorCompanyId", e.vendorCompanyId().toString());
        x.put("rtrProblems", e.problems());
        return x;
    }

    static Map<String, Object> marginBelowFloor(MarginBelowFloorException e) {
        Map<String, Object> margin = new LinkedHashMap<>();
        margin.put("currency", e.margin().currency());
        margin.put("billHourly", e.margin().billHourly());
        margin.put("costHourly", e.margin().costHourly());
        margin.put("marginHourly", e.margin().marginHourly());
        margin.put("marginPercent", e.margin().marginPercent());
        margin.put("markupPercent", e.margin().markupPercent());
        return Map.of("margin", margin, "floorPercent", e.floorPercent());
    }
}
