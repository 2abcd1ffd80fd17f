package com.benchcrm.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitAndSetsTest {

    @Test
    void split_isDeterministic_halves_andIndependentOfTheOrderKeysComeIn() {
        List<String> keys = IntStream.range(0, 101).mapToObj(i -> "k" + i).toList();
        List<String> reversed = new ArrayList<>(keys);
        java.util.Collections.reverse(reversed);

        Map<String, Part> a = Part.split("s", keys);
        Map<String, Part> b = Part.split("s", reversed);

        keys.forEach(k -> assertThat(a.get(k)).isEqualTo(b.get(k)));
        assertThat(a.values().stream().filter(p -> p == Part.MEASURE).count()).isEqualTo(51);
        assertThat(Part.split("other-set", keys)).isNotEqualTo(a); // each set splits on its own
    }

    @Test
    void dicePostings_keepTheirPartWhenAnotherPostingLeavesTheSample() {
        // the alternating split moves later items when one item leaves (ADR 0112) ...
        List<String> keys = IntStream.range(0, 400).mapToObj(i -> "k" + i).toList();
        Map<String, Part> split = Part.split("dice", keys);
        Map<String, Part> splitWithout = Part.split("dice", keys.subList(1, keys.size()));
        assertThat(keys.subList(1, keys.size()).stream().filter(k -> split.get(k) != splitWithout.get(k)))
                .isNotEmpty();
        assertThat(keys.stream().filter(k -> Part.of("dice", k) == Part.MEASURE).count())
                .isBetween(160L, 240L); // about half

        // ... the Dice mails do not: each posting's mails stay in the part of its own hash
        List<PostingMails.DicePosting> all = postings();
        Map<String, Part> before = partsByPosting(PostingMails.dice(all));
        Map<String, Part> after = partsByPosting(PostingMails.dice(all.subList(1, all.size())));
        assertThat(after).isNotEmpty();
        after.forEach((id, part) -> {
            assertThat(part).as(id).isEqualTo(Part.of("dice", id));
            assertThat(before).as(id).containsEntry(id, part);
        });
    }

    /** The part of every posting that became a one-requirement mail (its mail carries the posting's id). */
    private static Map<String, Part> partsByPosting(List<LabelledMail> mails) {
        Map<String, Part> out = new java.util.HashMap<>();
        mails.stream().filter(m -> m.label().path("requirements").size() == 1).forEach(m -> out.put(m.id(), m.part()));
        return out;
    }

    @Test
    void dicePostings_sameInput_sameMails() {
        List<PostingMails.DicePosting> postings = postings();

        List<LabelledMail> first = PostingMails.dice(postings);
        List<LabelledMail> second = PostingMails.dice(postings);

        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).raw()).isEqualTo(second.get(i).raw());
            assertThat(first.get(i).label()).isEqualTo(second.get(i).label());
        }
        // some postings become digests of several requirements, all of one part
        assertThat(first).anyMatch(m -> m.label().path("requirements").size() >= 3);
    }

    @Test
    void measuringPart_isWrittenInPhrasingsTheDevelopmentPartNeverShows() {
        List<LabelledMail> mails = PostingMails.dice(postings());
        Set<String> dev = visaLines(mails, Part.DEV);
        Set<String> measure = visaLines(mails, Part.MEASURE);

        assertThat(dev).isNotEmpty();
        assertThat(measure).isNotEmpty();
        assertThat(dev).doesNotContainAnyElementsOf(measure);
    }

    @Test
    void anonymousSets_everyFileIsLabelled_andBothPartsHaveSome() {
        List<LabelledMail> mails = MailSets.anon();
        List<LabelledResume> resumes = ResumeSets.anon();

        assertThat(mails).hasSize(22);
        assertThat(resumes).hasSize(10);
        assertThat(mails).anyMatch(m -> m.part() == Part.DEV).anyMatch(m -> m.part() == Part.MEASURE);
        assertThat(resumes).anyMatch(m -> m.part() == Part.DEV).anyMatch(m -> m.part() == Part.MEASURE);
    }

    private static Set<String> visaLines(List<LabelledMail> mails, Part part) {
        Set<String> out = new HashSet<>();
        for (LabelledMail m : mails) {
            if (m.part() != part) {
                continue;
            }
            for (String line : new String(m.raw(), StandardCharsets.UTF_8).split("\r?\n")) {
                if (line.matches("(?i)^(visa|work authorization|visa status)\\s*:.*")) {
                    out.add(line.replaceAll("\\s*\\((applies|for).*", "")
                            .replaceAll(" - for all roles below| for every position", ""));
                }
            }
        }
        return out;
    }

    /** Invented postings in the shape of the Dice file: titles and recruiter-typed skill strings. */
    private static List<PostingMails.DicePosting> postings() {
        String[] titles = {
            "Java Developer",
            "Sr. Data Engineer",
            "Salesforce Administrator",
            "DevOps Engineer",
            "QA Analyst",
            "Business Analyst",
            "React Developer",
            "Network Engineer",
            "SAP FICO Consultant",
            ".NET Developer"
        };
        String[] skills = {
            "Java, Spring Boot, Kafka, AWS",
            "Python, Spark, Airflow, SQL",
            "Salesforce, Sales Cloud, Flows, Reports",
            "Terraform, Kubernetes, Jenkins, Ansible",
            "Selenium, Java, TestNG, Jira",
            "SQL, Jira, Agile, Visio",
            "React, TypeScript, Redux, Jest",
            "Cisco, BGP, OSPF, Palo Alto",
            "SAP FICO, S/4HANA, General Ledger",
            "C#, ASP.NET MVC, SQL Server, Azure"
        };
        List<PostingMails.DicePosting> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            out.add(new PostingMails.DicePosting("t" + i, titles[i % titles.length], skills[(i * 7) % skills.length]));
        }
        return out;
    }
}
