package com.benchcrm.demo;

import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.matching.MatchEngine;
import com.benchcrm.matching.MatchInput;
import com.benchcrm.matching.MatchResult;
import com.benchcrm.matching.MatchSettings;
import com.benchcrm.matching.success.SuccessFeatures;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementInput;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The generated history ({@link DemoHistory}) as labelled examples for the success model: each submission
 * scored by the product's {@link MatchEngine} (the features a recommendation would have stored), labelled
 * by what became of it ({@link Label}: placed, the product's success; or reached an interview). <b>Generated outcomes</b> (a hidden ground-truth model plus noise,
 * see {@link DemoHistory}): good for checking that training and calibration work, not for claiming real-world
 * accuracy. The training job (issue 14 item 6) reads stored recommendations and outcomes instead.
 *
 * <pre>{@code
 * List<DemoOutcomes.Example> rows = DemoOutcomes.examples(DemoData.DEFAULT_SEED, 240, 600, DemoOutcomes.Label.PLACED);
 * }</pre>
 */
public final class DemoOutcomes {

    /** What counts as a success. */
    public enum Label {
        /** The submission became a placement (1) or was closed without one (0); pipelines still open are unlabelled. */
        PLACED("placed (rejected or withdrawn: not placed; open pipelines left out)"),
        /** The client interviewed the consultant (1) or the submission was rejected before (0); waiting ones left out. */
        INTERVIEWED("reached an interview (rejected before one: no; waiting for the client: left out)");

        public final String description;

        Label(String description) {
            this.description = description;
        }
    }

    /** One submission: the features, 1 if it reached an interview, the fixed curve's probability, when submitted. */
    public record Example(String requirementRef, String consultantExternalId, double[] features, int label, double uncalibrated,
                          double matchScore, Instant submittedAt, double truth) {
    }

    private static final Set<String> STILL_OPEN = Set.of("SUBMITTED", "CLIENT_SUBMITTED");

    private DemoOutcomes() {
    }

    /**
     * The labelled submissions of a generated history of {@code requirements} requirements over a bench of
     * {@code consultants} (anchored at {@link DemoData#DEFAULT_ANCHOR}); submissions still waiting for the
     * client at the anchor have no label yet and are left out.
     */
    public static List<Example> examples(long seed, int consultants, int requirements, Label label) {
        LocalDate anchor = DemoData.DEFAULT_ANCHOR;
        DemoHistory.Set h = DemoHistory.generate(seed, consultants, anchor, requirements, DemoHistory.VENDORS);
        Map<String, ConsultantInput> bench = new HashMap<>();
        for (GeneratedConsultant g : new ConsultantGenerator(new Dice(seed), anchor).generate(consultants)) {
            bench.put(g.input().externalId(), g.input());
        }
        Map<String, RequirementInput> reqs = new HashMap<>();
        h.requirements().forEach(a -> reqs.put(a.requirement().externalRef(), a.requirement()));
        MatchEngine engine = new MatchEngine(Clock.fixed(anchor.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        List<Example> out = new ArrayList<>();
        for (DemoHistory.Item i : h.submissions()) {
            boolean interviewed = !i.rounds().isEmpty() || Set.of("INTERVIEWING", "OFFERED", "PLACED").contains(i.finalStatus());
            boolean success;
            if (label == Label.PLACED) {
                if (!Set.of("PLACED", "REJECTED", "WITHDRAWN").contains(i.finalStatus())) {
                    continue;
                }
                success = "PLACED".equals(i.finalStatus());
            } else {
                if (!interviewed && STILL_OPEN.contains(i.finalStatus())) {
                    continue;
                }
                success = interviewed;
            }
            ConsultantInput c = bench.get(i.consultantExternalId());
            RequirementInput r = reqs.get(i.requirementExternalRef());
            MatchResult m = engine.score(MatchInput.of(requirement(r), consultant(c)), MatchSettings.DEFAULT);
            out.add(new Example(i.requirementExternalRef(), i.consultantExternalId(), SuccessFeatures.of(m), success ? 1 : 0,
                    m.successProbability(), m.matchScore(), i.submittedAt(), i.truth()));
        }
        return out;
    }

    static Consultant consultant(ConsultantInput c) {
        return new Consultant(UUID.nameUUIDFromBytes(c.externalId().getBytes(java.nio.charset.StandardCharsets.UTF_8)), c.externalId(),
                c.fullName(), c.email(), c.phone(), c.title(), c.summary(), c.location(), c.workAuthorization(), c.yearsExperience(),
                c.skills(), c.availability(), c.rate(), 1, Instant.EPOCH, Instant.EPOCH);
    }

    static Requirement requirement(RequirementInput r) {
        return new Requirement(UUID.nameUUIDFromBytes(r.externalRef().getBytes(java.nio.charset.StandardCharsets.UTF_8)), r.externalRef(),
                r.title(), r.description(), r.status(), r.location(), r.workMode(), r.skills(), r.minYears(), r.seniority(), r.budget(),
                r.durationMonths(), r.startDate(), r.clientName(), r.workAuthorizations(), 1, Instant.EPOCH, Instant.EPOCH);
    }
}
