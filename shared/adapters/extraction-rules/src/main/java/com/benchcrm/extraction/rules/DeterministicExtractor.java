package com.benchcrm.extraction.rules;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.extraction.AiGateway;
import com.benchcrm.extraction.ExtractedContact;
import com.benchcrm.extraction.ExtractedLocation;
import com.benchcrm.extraction.ExtractedRate;
import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ExtractedVisa;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.extraction.RequirementExtraction;
import com.benchcrm.extraction.ResumeExtraction;
import com.benchcrm.extraction.Sourced;
import com.benchcrm.requirement.InterviewMode;
import com.benchcrm.requirement.Seniority;
import com.benchcrm.requirement.WorkMode;
import com.benchcrm.skills.SkillTaxonomy;
import com.benchcrm.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The embedded default of the {@link AiGateway} port: requirements and resumes extracted by rules
 * and the skill taxonomy, deterministic, no network, a few milliseconds a mail.
 *
 * <pre>{@code
 * AiGateway rules = new DeterministicExtractor(Clock.systemUTC());
 * RequirementExtraction r = rules.extractRequirements(tenant, ExtractionInput.ofMail(mail));
 * }</pre>
 *
 * <p>How it reads a mail: "Label: value" lines first (Role, Location, Duration, Rate, Visa, Client,
 * Interview, Experience, Skills...), the subject when the body has no title, then patterns over the
 * lines (years, rates, durations, visas, work mode, "City, ST"), and the taxonomy for skills. A mail
 * with several title lines ("1) Role: ...", "2) Role: ...") is a hot list: each title starts a
 * requirement, and what precedes the first applies to all. Text is only ever matched against
 * patterns; nothing in it can change what the extractor does.
 */
public final class DeterministicExtractor implements AiGateway {

    public static final String ENGINE = "rules";

    private static final Pattern NOTE = Pattern.compile(
            "(?i)\\b(local(s| candidates| consultants)? only|must be local|no (h1b|h-1b|opt|cpt|c2c|third part(y|ies))|w2 only|c2c only|"
                    + "in lieu of (a )?degree|background check|drug (test|screen)|security clearance|clearance required|"
                    + "certification (is )?(required|preferred|mandatory)|direct client|prime vendor|implementation partner|"
                    + "travel (required|\\d+%)|relocation|passport number|linkedin (profile|id|url) (is )?(required|must))\\b");

    /** "C2H", "contract-to-hire", "temp to perm", "right to hire": a contract meant to end in a hire. */
    private static final Pattern CONTRACT_TO_HIRE = Pattern.compile(
            "(?i)\\b(contract[- ]to[- ](hire|perm(anent)?)|c2h|cth|temp[- ]to[- ](hire|perm(anent)?)|right[- ]to[- ]hire)\\b");

    private static final Pattern DUTIES = Pattern.compile(
            "(?i)^(day[- ]to[- ]day )?(responsibilities|duties|what you('| wi)ll do|role description|job duties|key responsibilities|"
                    + "the role|your role)\\b.*:?\\s*$");
    private static final Pattern REQUIREMENTS_HEADING = Pattern.compile(
            "(?i)(requirements|qualifications|skills|experience|must have|is this a good fit|what you (need|bring)|who you are)\\b.*:?\\s*$");

    /**
     * A heading over the nice-to-have items: "Preferred:", "Desired Skills:", "Good to have skills", "Secondary
     * Skills:", "Optional (a plus):".
     */
    private static final Pattern NICE_HEADING =
            Pattern.compile("(?i)^(nice[- ]to[- ]have|good[- ]to[- ]have|preferred|desired|"
                    + "desirable|secondary|optional|bonus|plus(es)?)(\\s+(skills?|qualifications|experience|requirements))?"
                    + "(\\s*\\([^()]{1,40}\\))?\\s*:?\\s*$");

    /** An experience label's value that is a bare number or range ("Years of experience: 10-12"): read as years. */
    private static final Pattern BARE_YEARS =
            Pattern.compile("^\\s*\\d{1,2}(\\.\\d)?\\s*\\+?\\s*((-|to|\u2013)\\s*\\d{1,2}\\s*\\+?)?\\s*$");

    private final Clock clock;
    private final SkillTaxonomy taxonomy = SkillTaxonomy.standard();

    public DeterministicExtractor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public RequirementExtraction extractRequirements(TenantId tenant, ExtractionInput input) {
        return extract(input);
    }

    @Override
    public ResumeExtraction extractResume(TenantId tenant, String text) {
        return new ResumeRules(taxonomy).extract(text == null ? "" : text);
    }

    /** Extraction without a tenant (no budget, no state): the same result for the same input. */
    public RequirementExtraction extract(ExtractionInput input) {
        List<String> extractionNotes = new ArrayList<>();
        if (input.subject() != null && AUTOMATIC.matcher(input.subject()).find()) {
            return new RequirementExtraction(
                    List.of(),
                    ENGINE,
                    null,
                    taxonomy.version(),
                    null,
                    List.of("the subject says this is an automatic message; nothing extracted"));
        }
        List<Text.Line> lines = withoutInstructions(Text.lines(input.body()), extractionNotes);
        if (Layout.consultantList(input.subject(), lines)) {
            return new RequirementExtraction(
                    List.of(),
                    ENGINE,
                    null,
                    taxonomy.version(),
                    null,
                    List.of("a list of available consultants (a bench hot list), not requirements; nothing extracted"));
        }
        Layout.Result layout = Layout.of(lines);
        List<ExtractedRequirement> out = new ArrayList<>();
        String signature =
                input.signature().isBlank() ? text(lines, layout.contentEnd(), lines.size()) : input.signature();
        ExtractedContact contact = Contacts.contact(signature, input.sender());
        Sourced<String> company = Contacts.company(signature, input.body(), input.sender());
        boolean single = layout.segments().size() == 1;
        for (Layout.Segment seg : layout.segments()) {
            Scope scope = new Scope(
                    lines,
                    layout.labels(),
                    seg.start(),
                    seg.end(),
                    single ? 0 : layout.preambleEnd(),
                    single ? seg.end() : layout.postambleStart(),
                    single ? seg.end() : layout.contentEnd(),
                    single ? input.subject() : null,
                    single ? null : input.subject());
            ExtractedRequirement r = requirement(scope, contact, company, single);
            if (r != null) {
                out.add(r);
            }
        }
        return new RequirementExtraction(out, ENGINE, null, taxonomy.version(), null, extractionNotes);
    }

    /**
     * An experience label's value, with "years" after a bare number or range ("Years of experience: 10-12", "Exp: 8+"),
     * not after a level ("Experience level: 3").
     */
    private static String yearsValue(Labels.Label l) {
        return BARE_YEARS.matcher(l.value()).matches()
                        && !l.label().toLowerCase(java.util.Locale.ROOT).contains("level")
                ? l.value().strip() + " years"
                : l.value();
    }

    private static String text(List<Text.Line> lines, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(lines.get(i).text()).append('\n');
        }
        return b.toString();
    }

    private static final Pattern AUTOMATIC = Pattern.compile(
            "(?i)^\\s*(automatic reply|auto(matic)?[- ]?(reply|response)|out of (the )?office|ooo\\b|undeliverable|undelivered mail|"
                    + "delivery status notification|mail delivery (failed|failure|subsystem)|returned mail|auto:|read:|not read:|accepted:|declined:)");

    private static final Pattern INSTRUCTIONS = Pattern.compile(
            "(?i)(ignore (all |any )?(the )?(previous|prior|above|earlier) (instructions|prompts?|messages?)|disregard (the |all )?(previous|prior|above)"
                    + "|you are now\\b|act as (an? )?(ai|assistant|admin|system)|\\bsystem\\s*:|\\bassistant\\s*:|reveal (your|the) (system )?prompt"
                    + "|admin mode|developer mode|jailbreak|new instructions\\s*:|override (your|the) (rules|instructions))");

    /**
     * Lines addressed to an AI ("ignore previous instructions", "you are now in admin mode") are
     * data like any other text, but nothing is read from them: a rate or a visa stated only there is
     * not a rate or a visa of the requirement. The result says that such text was seen.
     */
    static List<Text.Line> withoutInstructions(List<Text.Line> lines, List<String> notes) {
        List<Text.Line> out = new ArrayList<>(lines.size());
        boolean skipping = false;
        for (Text.Line l : lines) {
            if (INSTRUCTIONS.matcher(l.text()).find()) {
                skipping = true;
                if (notes.isEmpty()) {
                    notes.add("text addressed to an AI (\"" + abbreviate(l.text())
                            + "\") was treated as data and not used for fields");
                }
                out.add(new Text.Line("", false));
                continue;
            }
            if (skipping
                    && !l.text().isBlank()
                    && !LABEL_START.matcher(l.text()).find()) {
                // the rest of the same paragraph
                out.add(new Text.Line("", false));
                continue;
            }
            skipping = false;
            out.add(l);
        }
        return out;
    }

    private static final Pattern LABEL_START = Pattern.compile("^[A-Za-z][A-Za-z /&()-]{0,40}:\\s");

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    // ------------------------------------------------------------------------------ scope

    /**
     * The lines and labels of one requirement, with the labels of the preamble (before the first
     * requirement of a digest) and the postamble (after the last one's block) as defaults.
     */
    private record Scope(
            List<Text.Line> allLines,
            List<Labels.Label> allLabels,
            int start,
            int end,
            int preambleEnd,
            int postambleStart,
            int postambleEnd,
            String subject,
            String digestSubject) {

        private boolean shared(int index) {
            return index < preambleEnd || (index >= postambleStart && index < postambleEnd);
        }

        Optional<Labels.Label> label(Labels.Key key) {
            for (Labels.Label l : allLabels) {
                if (l.key() == key && l.index() >= start && l.index() < end) {
                    return Optional.of(l);
                }
            }
            for (Labels.Label l : allLabels) {
                if (l.key() == key && shared(l.index())) {
                    return Optional.of(l);
                }
            }
            return Optional.empty();
        }

        List<Labels.Label> labels(Labels.Key key) {
            List<Labels.Label> out = new ArrayList<>();
            for (Labels.Label l : allLabels) {
                if (l.key() == key && ((l.index() >= start && l.index() < end) || shared(l.index()))) {
                    out.add(l);
                }
            }
            return out;
        }

        /** The lines of the requirement, then the preamble's and the postamble's. */
        List<String> lines() {
            List<String> out = ownLines();
            out.addAll(sharedLines());
            return out;
        }

        /** The lines before a digest's first item. */
        List<String> preambleLines() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < preambleEnd; i++) {
                out.add(allLines.get(i).text());
            }
            return out;
        }

        /** The preamble's and the postamble's lines (a digest's lines shared by every item). */
        List<String> sharedLines() {
            List<String> out = preambleLines();
            for (int i = postambleStart; i < postambleEnd; i++) {
                out.add(allLines.get(i).text());
            }
            return out;
        }

        List<String> ownLines() {
            List<String> out = new ArrayList<>();
            for (int i = start; i < end; i++) {
                out.add(allLines.get(i).text());
            }
            return out;
        }

        String text() {
            StringBuilder b = new StringBuilder();
            for (int i = start; i < end; i++) {
                b.append(allLines.get(i).text()).append('\n');
            }
            return b.toString().strip();
        }
    }

    // --------------------------------------------------------------------------- assembling

    /** A place with a state in one part of a subject ("Java Developer - Dallas, TX // Hybrid"). */
    private static List<ExtractedLocation> placeInSubject(String subject) {
        for (String part : subject.split("//+|\\|+|\\s[-–]\\s|@|\\(|\\bin\\b")) {
            List<ExtractedLocation> found = Places.parse(part.replaceAll("(?i)\\blocation\\b", ""), subject);
            if (!found.isEmpty() && found.stream().allMatch(x -> x.state() != null)) {
                return found;
            }
        }
        return List.of();
    }

    /** The places of the first line of running text that names one (not a boilerplate, administrative or party line). */
    private static List<ExtractedLocation> placeInText(List<String> lines) {
        for (String l : lines) {
            if (!Skills.isBoilerplate(l) && !Skills.isAdministrative(l) && !Parties.isPartyLine(l)) {
                List<ExtractedLocation> found = Places.findInText(l, l);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private ExtractedRequirement requirement(
            Scope s, ExtractedContact contact, Sourced<String> company, boolean single) {
        List<String> allLines = s.lines().stream().filter(l -> !l.isBlank()).toList();
        List<String> lines =
                allLines.stream().filter(l -> !Skills.isBoilerplate(l)).toList();
        Optional<Labels.Label> titleLabel = s.label(Labels.Key.TITLE);
        Sourced<String> title = Titles.find(
                titleLabel.map(Labels.Label::value).orElse(null),
                titleLabel.map(Labels.Label::line).orElse(null),
                s.subject(),
                lines);
        if (title == null) {
            return null;
        }
        Sourced<String> normalizedTitle = Sourced.of(Titles.normalize(title.value()), title.source());

        // skills
        Skills skills = new Skills();
        skills.fromTitle(title.value(), title.source());
        for (Labels.Label l : s.labels(Labels.Key.SKILLS)) {
            skills.fromList(l.value(), l.line(), true);
        }
        for (Labels.Label l : s.labels(Labels.Key.NICE_SKILLS)) {
            skills.fromList(l.value(), l.line(), false);
        }
        boolean inNice = false;
        boolean inDuties = false;
        for (int i = s.start(); i < s.end(); i++) {
            Text.Line line = s.allLines().get(i);
            String t = line.text();
            if (t.isBlank()) {
                continue;
            }
            if (!line.bullet() && t.length() < 80 && DUTIES.matcher(t).find()) {
                inDuties = true;
                continue;
            }
            if (!line.bullet()
                    && t.length() < 80
                    && REQUIREMENTS_HEADING.matcher(t).find()) {
                inDuties = false;
            }
            if (NICE_HEADING.matcher(t).matches()) {
                inNice = true;
                continue;
            }
            if (!line.bullet() && t.endsWith(":")) {
                inNice = false;
            }
            if (isLabelOf(
                    s,
                    i,
                    Labels.Key.SKILLS,
                    Labels.Key.NICE_SKILLS,
                    Labels.Key.CONTACT,
                    Labels.Key.LOCATION,
                    Labels.Key.CLIENT,
                    Labels.Key.END_CLIENT,
                    Labels.Key.IMPLEMENTATION_PARTNER,
                    Labels.Key.PRIME_VENDOR,
                    Labels.Key.INTERVIEW,
                    Labels.Key.DOMAIN,
                    Labels.Key.DEPARTMENT,
                    Labels.Key.VISA,
                    Labels.Key.TITLE,
                    // terms, never skills: "Rate: $55/hr on C2C (Max)" gave the Max language
                    Labels.Key.RATE,
                    Labels.Key.DURATION,
                    Labels.Key.START,
                    Labels.Key.EMPLOYMENT,
                    Labels.Key.WORK_MODE)) {
                continue;
            }
            if (inDuties) {
                skills.fromDutyLine(t, t);
            } else {
                skills.fromLine(t, t, !inNice);
            }
        }

        // experience and level
        Optional<Labels.Label> expLabel = s.label(Labels.Key.EXPERIENCE);
        List<String> yearLines = new ArrayList<>();
        // the label and its value alone: a line may hold other labels ("Duration: 2 years | Experience: 10+ years")
        expLabel.ifPresent(l -> yearLines.add(l.label() + ": " + yearsValue(l)));
        if (s.subject() != null) {
            yearLines.add(s.subject());
        }
        yearLines.add(title.source());
        yearLines.addAll(lines);
        Sourced<BigDecimal> years = Fields.years(yearLines);
        Sourced<Seniority> seniority = Titles.seniority(title, years);

        // place and mode
        List<ExtractedLocation> locations = new ArrayList<>();
        Optional<Labels.Label> locLabel = s.label(Labels.Key.LOCATION);
        locLabel.ifPresent(l -> locations.addAll(Places.parse(l.value(), l.line())));
        if (locations.isEmpty() && locLabel.isEmpty() && s.subject() != null) {
            locations.addAll(placeInSubject(s.subject()));
        }
        if (locations.isEmpty() && locLabel.isEmpty()) {
            locations.addAll(placeInText(s.ownLines()));
        }
        if (locations.isEmpty() && locLabel.isEmpty() && !single) {
            // a digest's items without a place of their own share the one its opening lines or its subject name
            // ("We have the following positions with our client in Dallas, TX"); not its closing lines, where a
            // place is as often the vendor's own office
            locations.addAll(placeInText(s.preambleLines()));
            if (locations.isEmpty() && s.digestSubject() != null) {
                locations.addAll(placeInSubject(s.digestSubject()));
            }
        }
        List<String> modeFirst = new ArrayList<>();
        s.label(Labels.Key.WORK_MODE).ifPresent(l -> modeFirst.add(l.line()));
        locLabel.ifPresent(l -> modeFirst.add(l.line()));
        if (s.subject() != null) {
            modeFirst.add(s.subject());
        }
        Sourced<WorkMode> workMode = Fields.workMode(modeFirst, lines);

        // terms
        Optional<Labels.Label> visaLabel = s.label(Labels.Key.VISA);
        ExtractedVisa visa = Fields.visa(
                visaLabel.map(Labels.Label::value).orElse(null),
                visaLabel.map(Labels.Label::line).orElse(null),
                allLines);
        Optional<Labels.Label> rateLabel = s.label(Labels.Key.RATE);
        ExtractedRate rate = Fields.rate(
                rateLabel.map(Labels.Label::value).orElse(null),
                rateLabel.map(Labels.Label::line).orElse(null),
                lines);
        Optional<Labels.Label> empLabel = s.label(Labels.Key.EMPLOYMENT).or(() -> s.label(Labels.Key.RATE));
        Sourced<EmploymentType> employment = Fields.employment(
                empLabel.map(Labels.Label::value).orElse(null),
                empLabel.map(Labels.Label::line).orElse(null),
                allLines,
                s.subject() != null ? s.subject() : s.digestSubject());
        Optional<Labels.Label> durLabel = s.label(Labels.Key.DURATION);
        Fields.Duration duration = Fields.duration(
                durLabel.map(Labels.Label::value).orElse(null),
                durLabel.map(Labels.Label::line).orElse(null),
                lines,
                s.subject(),
                LocalDate.now(clock));
        Sourced<Boolean> longTerm = Fields.longTerm(
                durLabel.map(Labels.Label::value).orElse(null),
                durLabel.map(Labels.Label::line).orElse(null),
                lines,
                s.subject());
        Optional<Labels.Label> startLabel = s.label(Labels.Key.START);
        Fields.Start start = Fields.start(
                startLabel.map(Labels.Label::value).orElse(null),
                startLabel.map(Labels.Label::line).orElse(null),
                LocalDate.now(clock));
        Optional<Labels.Label> intLabel = s.label(Labels.Key.INTERVIEW);
        Sourced<List<InterviewMode>> interview = Fields.interview(
                intLabel.map(Labels.Label::value).orElse(null),
                intLabel.map(Labels.Label::line).orElse(null),
                lines);

        // parties and context
        List<Sourced<String>> domainsFound = new ArrayList<>();
        List<Sourced<String>> notes = new ArrayList<>();
        Sourced<String> client = null;
        Sourced<String> partnerOfClient = null;
        Sourced<String> endClientOfClient = null;
        Optional<Labels.Label> clientLabel = s.label(Labels.Key.CLIENT);
        if (clientLabel.isPresent()) {
            String v = Text.trimValue(clientLabel.get().value());
            if (v.matches("(?i).*\\b(domain|industry|sector|field|vertical)\\b.*")) {
                domainsFound.addAll(Domains.find(v, clientLabel.get().line(), List.of()));
            } else if (Parties.WITHHELD.matcher(v).matches()
                    || v.matches(
                            "(?i)^(fortune \\d+.*|f\\d{2,4}.*|one of .*|a leading .*|leading .*|our client|client)$")) {
                notes.add(Sourced.of(
                        v.toLowerCase(Locale.ROOT).startsWith("direct")
                                ? "Direct client"
                                : "Client not disclosed: " + v,
                        clientLabel.get().line()));
            } else if (!v.isEmpty() && v.length() <= 100) {
                Parties.ClientValue cv = Parties.clientValue(v);
                client = Sourced.of(cv.client(), clientLabel.get().line());
                // a client described rather than named ("Large Health Insurance company") names its domain
                domainsFound.addAll(
                        Domains.find(null, null, List.of(clientLabel.get().line())));
                if (cv.partner() != null) {
                    partnerOfClient = Sourced.of(cv.partner(), clientLabel.get().line());
                }
                if (cv.endClient() != null) {
                    endClientOfClient =
                            Sourced.of(cv.endClient(), clientLabel.get().line());
                }
                if (cv.direct()) {
                    notes.add(Sourced.of("Direct client", clientLabel.get().line()));
                }
            }
        }
        Sourced<String> primeOfClient = null;
        if (client == null && clientLabel.isEmpty()) {
            Parties.Chain chain = Parties.chainInSentence(lines);
            if (chain != null) {
                client = chain.client();
                partnerOfClient = chain.partner();
                primeOfClient = chain.prime();
            } else {
                client = Parties.clientInSentence(lines);
            }
        }
        Parties parties = Parties.of(
                client,
                partnerOfClient,
                endClientOfClient,
                s.label(Labels.Key.END_CLIENT),
                s.label(Labels.Key.IMPLEMENTATION_PARTNER),
                s.label(Labels.Key.PRIME_VENDOR),
                primeOfClient,
                lines);
        Sourced<String> endClient = parties.endClient();
        Optional<Labels.Label> domainLabel = s.label(Labels.Key.DOMAIN);
        for (Sourced<String> d : Domains.find(
                domainLabel.map(Labels.Label::value).orElse(null),
                domainLabel.map(Labels.Label::line).orElse(null),
                lines)) {
            if (domainsFound.stream().noneMatch(x -> x.value().equalsIgnoreCase(d.value()))) {
                domainsFound.add(d);
            }
        }
        for (String l : lines) {
            if (NOTE.matcher(l).find()
                    && notes.stream().noneMatch(n -> n.source().equals(l))
                    && notes.size() < 10) {
                if (!(l.toLowerCase(Locale.ROOT).contains("direct client")
                        && notes.stream().anyMatch(n -> n.value().equals("Direct client")))) {
                    notes.add(Sourced.of(Text.trimValue(l.length() > 300 ? l.substring(0, 300) : l), l));
                }
            }
        }
        for (Labels.Label l : s.labels(Labels.Key.NOTE)) {
            String v = Text.trimValue(l.value());
            boolean directAgain = v.toLowerCase(Locale.ROOT).contains("direct client")
                    && notes.stream().anyMatch(n -> n.value().equals("Direct client"));
            if (!directAgain && notes.stream().noneMatch(n -> n.source().equals(l.line()))) {
                notes.add(Sourced.of(v, l.line()));
            }
        }
        // after the line notes, which skip a line already noted: the line may be a note of its own ("direct client")
        java.util.stream.Stream.concat(
                        lines.stream(),
                        java.util.stream.Stream.ofNullable(s.subject() != null ? s.subject() : s.digestSubject()))
                .filter(l -> CONTRACT_TO_HIRE.matcher(l).find())
                .findFirst()
                .ifPresent(l -> notes.add(Sourced.of("Contract to hire", l)));

        List<ExtractedSkill> skillList = Skills.limit(skills.result(), 100);
        // a requirement needs more than a subject line: a reply "Re: Java Developer // Dallas" is not one
        String subjectLine = s.subject();
        java.util.function.Predicate<String> fromBody =
                src -> src != null && !src.equals(subjectLine) && !src.equals(title.source());
        boolean hasBodyCue = locations.stream().anyMatch(l -> fromBody.test(l.source()))
                || (duration != null
                        && duration.text() != null
                        && fromBody.test(duration.text().source()))
                || (longTerm != null && fromBody.test(longTerm.source()))
                || endClient != null
                || rate != null
                || visa != null
                || (years != null && fromBody.test(years.source()))
                || skillList.stream().anyMatch(k -> fromBody.test(k.source()))
                || (workMode != null && fromBody.test(workMode.source()))
                || titleLabel.isPresent()
                // "Skills: Java" under "Java Developer - Dallas, TX": the title gave Java first, the body names it too
                || s.labels(Labels.Key.SKILLS).stream().anyMatch(l -> !l.value().isBlank());
        if (!hasBodyCue) {
            return null;
        }
        return new ExtractedRequirement(
                title,
                normalizedTitle,
                skillList,
                years,
                seniority,
                locations,
                workMode,
                visa,
                rate,
                employment,
                duration == null ? null : duration.months(),
                duration == null ? null : duration.text(),
                longTerm,
                start == null ? null : start.date(),
                start == null ? null : start.text(),
                client,
                endClient,
                parties.implementationPartner(),
                parties.primeVendor(),
                company,
                contact,
                interview,
                domainsFound,
                notes.stream()
                        .filter(n -> n != null && !n.value().isEmpty())
                        .distinct()
                        .limit(20)
                        .toList(),
                single ? s.text() : s.text());
    }

    private static boolean isLabelOf(Scope s, int index, Labels.Key... keys) {
        for (Labels.Label l : s.allLabels()) {
            if (l.index() == index) {
                for (Labels.Key k : keys) {
                    if (l.key() == k) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
