package com.benchcrm.demo;

import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.requirement.RequirementInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Deterministic, realistic demo data for a bench-sales desk: consultants on the bench and vendor
 * requirements, as the inputs the create use cases take.
 *
 * <pre>{@code
 * DemoDataSet data = DemoData.generate(DemoData.DEFAULT_SEED, 200, 50);
 * data.consultants().forEach(consultants::create);
 * }</pre>
 *
 * <p>The same seed, sizes and anchor date always give equal data, on any JDK: nothing reads the
 * clock, and every date is an offset from the anchor. Every record passes its {@code validate()}.
 * About {@link #MATCHABLE_SHARE} of the requirements have at least three consultants whose skills
 * cover all the required skills (by {@link com.benchcrm.common.SkillNames#key skill key}), given a
 * bench of a realistic size (a few consultants per role family).
 */
public final class DemoData {

    public static final long DEFAULT_SEED = 2026L;
    /** The "today" of the demo: availability and start dates are relative to it. */
    public static final LocalDate DEFAULT_ANCHOR = LocalDate.of(2026, 12, 1);

    public static final int DEFAULT_CONSULTANTS = 200;
    public static final int DEFAULT_REQUIREMENTS = 50;
    /** Share of requirements built so that at least three consultants hold every required skill. */
    public static final double MATCHABLE_SHARE = 0.65;
    /** Every consultant has a distinct first and last name combination, so there are at most this many. */
    public static final int MAX_CONSULTANTS = Catalog.FIRST_NAMES.size() * Catalog.LAST_NAMES.size();

    /** Mixed into the seed for the requirement stream. */
    private static final long REQUIREMENT_STREAM = 0x9E3779B97F4A7C15L;

    private DemoData() {}

    /** The default demo: {@value #DEFAULT_CONSULTANTS} consultants, {@value #DEFAULT_REQUIREMENTS} requirements. */
    public static DemoDataSet generate() {
        return generate(DEFAULT_SEED, DEFAULT_CONSULTANTS, DEFAULT_REQUIREMENTS);
    }

    /** Data anchored at {@link #DEFAULT_ANCHOR}. */
    public static DemoDataSet generate(long seed, int consultants, int requirements) {
        return generate(seed, consultants, requirements, DEFAULT_ANCHOR);
    }

    /**
     * @param seed         the same seed (with the same sizes and anchor) gives equal data
     * @param consultants  0 to {@link #MAX_CONSULTANTS}
     * @param requirements 0 or more
     * @param anchor       the demo's "today"
     */
    public static DemoDataSet generate(long seed, int consultants, int requirements, LocalDate anchor) {
        return generateDetailed(seed, consultants, requirements, anchor).toDataSet(seed, anchor);
    }

    static Detailed generateDetailed(long seed, int consultants, int requirements, LocalDate anchor) {
        Objects.requireNonNull(anchor, "anchor");
        if (consultants < 0 || consultants > MAX_CONSULTANTS) {
            throw new IllegalArgumentException("consultants must be between 0 and " + MAX_CONSULTANTS);
        }
        if (requirements < 0) {
            throw new IllegalArgumentException("requirements must not be negative");
        }
        // Two streams, so the bench does not depend on how many requirements are asked for.
        List<GeneratedConsultant> bench = new ConsultantGenerator(new Dice(seed), anchor).generate(consultants);
        List<GeneratedRequirement> reqs = new RequirementGenerator(new Dice(seed ^ REQUIREMENT_STREAM), anchor, bench)
                .generate(requirements, MATCHABLE_SHARE);
        return new Detailed(bench, reqs);
    }

    /** The generated records with the profiles behind them. */
    record Detailed(List<GeneratedConsultant> consultants, List<GeneratedRequirement> requirements) {

        DemoDataSet toDataSet() {
            return toDataSet(DEFAULT_SEED, DEFAULT_ANCHOR);
        }

        DemoDataSet toDataSet(long seed, LocalDate anchor) {
            List<ConsultantInput> c = DemoCompanies.withValidity(
                    seed, consultants.stream().map(GeneratedConsultant::input).toList(), anchor);
            List<RequirementInput> r =
                    requirements.stream().map(GeneratedRequirement::input).toList();
            return new DemoDataSet(c, r, DemoCompanies.generate(seed, r));
        }
    }
}
