package com.benchcrm.bench.match;

import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.matching.MatchEngine;
import com.benchcrm.matching.MatchInput;
import com.benchcrm.matching.MatchSettings;
import com.benchcrm.matching.TitleOccupations;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementSkill;
import com.benchcrm.requirement.RequirementStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's cost for one recommendation's candidate pool (200 consultants scored against one requirement),
 * with the O*NET occupation table (ADR 0079, titles memoized after the first request) and without it (the role
 * factor of ADR 0075). Run:
 * {@code java -cp "shared/tools/benchmarks/target/benchcrm-benchmarks.jar:shared/tools/benchmarks/target/lib/*"
 * org.openjdk.jmh.Main MatchScoreBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchScoreBenchmark {

    static final List<String> TITLES = List.of(
            "Senior Software Engineer",
            "Java Developer",
            "Network Engineer",
            "Business Analyst",
            "QA Automation Engineer",
            "Database Administrator",
            "SAP ABAP Consultant",
            "Systems Administrator",
            "Technical Support Engineer",
            "Project Manager",
            "Data Analyst",
            "Front End Developer",
            "Information Security Analyst",
            "DevOps Engineer",
            "Salesforce Developer",
            "Scrum Master",
            "Cloud Architect",
            "Help Desk Technician",
            ".NET Developer",
            "ETL Developer");

    @Param({"occupations", "cosine-only"})
    public String role;

    private MatchEngine engine;
    private final List<MatchInput> pool = new ArrayList<>();

    @Setup
    public void setup() {
        engine = role.equals("occupations")
                ? new MatchEngine(RankingBenchmark.CLOCK)
                : new MatchEngine(RankingBenchmark.CLOCK, TitleOccupations.parse(List.of()));
        Requirement r = new Requirement(
                new UUID(0x7400L, 1),
                null,
                "Sr. Java Developer",
                "Java, Spring Boot and Kafka on AWS.",
                RequirementStatus.OPEN,
                null,
                null,
                List.of(
                        new RequirementSkill("Java", true, new BigDecimal("5")),
                        new RequirementSkill("Spring Boot", true, null),
                        new RequirementSkill("Kafka", false, null)),
                new BigDecimal("8"),
                null,
                null,
                null,
                null,
                null,
                List.of(),
                1,
                Instant.EPOCH,
                Instant.EPOCH);
        for (int i = 0; i < 200; i++) {
            Consultant c = new Consultant(
                    new UUID(0x7401L, i),
                    null,
                    "Consultant " + i,
                    null,
                    null,
                    TITLES.get(i % TITLES.size()) + (i % 3 == 0 ? " II" : ""),
                    "A profile.",
                    null,
                    null,
                    new BigDecimal(3 + i % 12),
                    List.of(
                            new ConsultantSkill("Java", new BigDecimal(i % 9), null),
                            new ConsultantSkill(i % 2 == 0 ? "Spring Boot" : "Python", null, null),
                            new ConsultantSkill("SQL", null, null)),
                    null,
                    null,
                    1,
                    Instant.EPOCH,
                    Instant.EPOCH);
            pool.add(MatchInput.of(r, c)
                    .withSimilarity(0.4 + (i % 10) / 20.0, "minilm")
                    .withTitleSimilarity(0.3 + (i % 7) / 10.0)
                    .withLexicalRelevance((i % 5) / 5.0));
        }
    }

    /** One request's scoring: 200 candidates. */
    @Benchmark
    public double scorePool() {
        double sum = 0;
        for (MatchInput in : pool) {
            sum += engine.score(in, MatchSettings.DEFAULT).matchScore();
        }
        return sum;
    }
}
