package com.benchcrm.extraction.rules;

import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.skills.Skill;
import com.benchcrm.skills.SkillKeys;
import com.benchcrm.skills.SkillMention;
import com.benchcrm.skills.SkillTaxonomy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Skills of a requirement: the items of skill lists ("Skills: Java, Spring Boot, k8s"), the
 * technologies named in its title and its lines, each normalized by the taxonomy, marked
 * nice-to-have where the text says so, with the years asked for where a line says "5+ years ..."
 * and the version where one is written ("Java 17", "Angular 14", "Oracle 19c").
 *
 * <p>What is not a skill: words of administrative lines (the documents a vendor asks for, "DL
 * copy", "LinkedIn ID", "Job ID", the background check and drug test to pass), the job itself ("Data Analyst" does not ask for Data Analysis,
 * "Designer" is not Oracle Designer), and broad practices read into a sentence or a list item
 * ("Software Development" from "Platform Developer I certification"); a practice the recruiter
 * lists as an item of its own ("Agile") is kept.
 */
final class Skills {

    private static final Pattern NICE = Pattern.compile(
            "(?i)\\b(preferred|nice[- ]to[- ]have|good[- ]to[- ]have|is a plus|a plus|plus\\b|desired|desirable|bonus|optional|"
                    + "added advantage|advantageous|familiarity|exposure to|would be great|helpful)\\b");
    /** The words that make an item nice to have, with the verb before them ("is a plus", "preferred"). */
    private static final Pattern NICE_WORDS = Pattern.compile(
            "(?i)\\s*\\b(?:(?:is|are|would be|will be)\\s+)?(?:preferred|nice[- ]to[- ]have|good[- ]to[- ]have|a plus|plus|desired|"
                    + "desirable|a bonus|bonus|optional|an added advantage|added advantage|advantageous)\\b\\W*$");

    private static final Pattern REQUIRED =
            Pattern.compile("(?i)\\b(must|required|mandatory|strong|expert|minimum|need|needs)\\b");
    /** A list's separators, and a sentence's end inside an item ("3+ years of Terraform. Ansible is a plus."). */
    private static final Pattern LIST_SPLIT =
            Pattern.compile("\\s*(?:[,;|\\n•]|\\s+/\\s+)\\s*|(?<=[a-z0-9)])\\.\\s+(?=[A-Z])");

    private static final Pattern AND_SPLIT = Pattern.compile("\\s+(?:and|&|or)\\s+");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(equal opportunity|eoe|we are an|is an information technology services firm|providing comprehensive|"
                    + "unsubscribe|not intended to be a solicitation|at-will|disclaimer|confidential|if you have received this|"
                    + "greetings from|my name is|working as|refer anyone|follow us|connect with me)");
    /**
     * A request to the reader ("Please share profiles ASAP.", "send me your resume"): a sentence of its own, dropped
     * from its line, not the line ("Please share profiles ASAP. Must have Java 17, Spring Boot." keeps the second).
     */
    private static final Pattern REQUEST = Pattern.compile(
            "(?i)(please (let me know|find|share|send|forward|reply)|forward your resume|share your (updated )?resume|"
                    + "send (me )?your)");

    private static final String ADMIN_NOUNS =
            "dl|dl copy|driver'?s licen[cs]e|passport( number| copy)?|i-?94|visa copy|ssn|last 4( digits)?( of ssn)?|"
                    + "social security|dob|date of birth|skype id|linkedin( id| url| profile)?|photo id|references?|rtr|right to represent|"
                    + "skills? matrix|work authorization copy|ead copy|gc copy|education certificates?|pay ?stubs?";
    private static final Pattern ADMIN =
            Pattern.compile("(?i)(please (share|send|include|attach|provide|submit|forward|mention)|"
                    + "kindly (share|send|attach|include|provide|submit)|submission (checklist|requirements?|format|details|must include)|"
                    + "documents? (required|needed|requested)|(required|needed|mandatory) documents?|"
                    + "\\b(job|req|requisition|reference|ref|posting)\\s*(id|#|no\\.?|number)\\b|\\b(must|should) have (a )?(valid )?linkedin|"
                    + "\\bwithout (a )?linkedin|\\blinkedin profile|\\bportfolio (link|url)|"
                    // the screening a candidate must pass ("pass a background check and drug test"): not Software
                    // Testing
                    + "\\b(background (checks?|verification|screening)|drug (tests?|screen\\w*)|bgv)\\b|(\\b("
                    + ADMIN_NOUNS
                    + ")\\b.*){2,})");
    /** Words for a person in a job, never a skill of their own. */
    static final Pattern PERSON = SkillMention.JOB_WORD;

    private static final Set<String> NOT_FROM_TITLE =
            Set.of("practice", "technique", "methodology", "soft-skill", "domain", "certification");
    private static final Pattern VERSION_AFTER = Pattern.compile(
            "^[ \\t]*-?[ \\t]*v?(\\d{1,4}(?:\\.(?:\\d{1,3}|x))*(?:[a-z](?![a-z]))?(?:\\s*/\\s*\\d{1,4}(?:\\.(?:\\d{1,3}|x))*)*)(\\+)?(?![\\d.])"
                    + "(?!\\s*\\+?\\s*(?:years?|yrs?|months?|mos?|%|hours?|hrs?|days?|weeks?|\\$|k\\b))",
            Pattern.CASE_INSENSITIVE);
    /** A sentence about the chain ("with our implementation partner Cobalt Arc for their end client ..."): firms, not skills. */
    private static final Pattern PARTIES =
            Pattern.compile("(?i)\\b(implementation partner|end[- ]client|prime vendor)\\b");

    private static final Pattern CERTIFICATION = Pattern.compile("(?i)\\bcertif");
    private static final Pattern CERTIFICATIONS_LABEL =
            Pattern.compile("(?i)^\\W*((required|preferred)\\s+)?certifications?(\\s+required)?\\s*[:\\-]");

    private final Map<String, ExtractedSkill> found = new LinkedHashMap<>();
    private final SkillTaxonomy taxonomy = SkillTaxonomy.standard();
    /** The platforms the requirement's title names: the context of a module's acronym in a line that names none. */
    private List<String> titlePlatforms = List.of();

    List<ExtractedSkill> result() {
        return List.copyOf(found.values());
    }

    /** Items of a skills label value; all are skills the recruiter typed, generic ones included when typed as an item. */
    void fromList(String value, String source, boolean required) {
        if (isAdministrative(value)) {
            return;
        }
        List<String> items = new ArrayList<>();
        for (String piece : LIST_SPLIT.split(withPlatformModules(value, source, required))) {
            String p = Text.trimValue(piece.replaceAll("^[-*•·o]\\s+", ""));
            // "Routing and Switching" is one name; "Docker and Kubernetes" two
            if (AND_SPLIT.matcher(p).find() && taxonomy.find(p).isEmpty()) {
                items.addAll(List.of(AND_SPLIT.split(p)));
            } else {
                items.add(p);
            }
        }
        List<String> platforms = platformsIn(value + " " + source);
        List<String> acronymPlatforms = orTitles(platforms);
        for (String item : items) {
            String it = Text.trimValue(item);
            if (it.isEmpty() || it.length() > 80) {
                if (it.length() > 80) {
                    fromLine(it, it, required);
                }
                continue;
            }
            boolean nice = !required || NICE.matcher(it).find();
            BigDecimal years = yearsIn(it);
            // "CPQ is a plus" in a Salesforce list is Salesforce CPQ, nice to have
            String bare = nice ? Text.trimValue(NICE_WORDS.matcher(it).replaceAll(" ")) : it;
            // "MM" in an "SAP FICO Consultant" requirement's list is SAP MM, though the list does not say SAP
            Optional<Skill> module = onPlatform(bare, ACRONYM.matcher(bare).matches() ? acronymPlatforms : platforms);
            Optional<Skill> whole = module.filter(this::isModule).or(() -> taxonomy.find(it));
            if (whole.isEmpty()) {
                whole = module;
            }
            if (whole.isEmpty()) {
                whole = taxonomy.find(
                        Text.trimValue(it.replaceAll("\\(.*?\\)", " ").replaceAll("\\s+", " ")));
            }
            if (whole.isPresent() && !PERSON.matcher(it).find()) {
                add(whole.get(), !nice, years, versionOfItem(it, whole.get()), source);
                continue;
            }
            // "ServiceNow CSA and CAD certifications required" as a list's item: the acronyms are the platform's
            String rest = it;
            for (Map.Entry<String, Skill> c :
                    platformCertifications(it, platforms).entrySet()) {
                String word = "\\b" + Pattern.quote(c.getKey()) + "\\b";
                if (Pattern.compile(word).matcher(rest).find()) {
                    add(c.getValue(), !nice, null, null, source);
                    rest = rest.replaceAll(word, " ");
                }
            }
            for (Skill s : itemSkills(rest)) {
                add(s, !nice, years, versionOfItem(it, s), source);
            }
            certification(it, source, !nice);
        }
    }

    static final List<String> PLATFORMS = List.of(
            "Salesforce",
            "ServiceNow",
            "Workday",
            "SAP",
            "Azure",
            "AWS",
            "Guidewire",
            "Oracle",
            "Splunk",
            "MuleSoft",
            "Tableau",
            "Dynamics 365",
            "Epic",
            "Cerner");

    /**
     * A module named without its platform in a list that names the platform ("Salesforce skills:
     * Sales Cloud, Flows, DX", "Workday: EIB, Core Connectors"): the platform's module when the
     * taxonomy has one ("Flows" is Salesforce Flow there).
     */
    private Optional<Skill> onPlatform(String item, List<String> platforms) {
        return onPlatform(taxonomy, item, platforms);
    }

    /**
     * The module of a platform the list names that an item names without the platform: "Flows" under Salesforce is
     * Salesforce Flow; "Glue" in "AWS (S3, Glue, EMR)" AWS Glue and "EMR" Amazon EMR (a module whose name ends with
     * the item), not the item's meaning elsewhere (EMR as electronic health records).
     */
    static Optional<Skill> onPlatform(SkillTaxonomy taxonomy, String item, List<String> platforms) {
        String it = Text.trimValue(item.replaceAll("[()]", " ").strip());
        if (platforms.isEmpty() || it.isEmpty() || it.split("\\s+").length > 4) {
            return Optional.empty();
        }
        String lowerItem = it.toLowerCase(Locale.ROOT);
        for (String platform : platforms) {
            if (!lowerItem.startsWith(platform.toLowerCase(Locale.ROOT))) {
                Optional<Skill> s = taxonomy.find(platform + " " + it);
                if (s.isPresent() && !s.get().generic()) {
                    return s;
                }
                // the one module whose name ends with the item ("Cloud" ends several: none)
                List<Skill> ending = taxonomy.find(platform).stream()
                        .flatMap(p -> taxonomy.children(p.id()).stream())
                        .filter(m -> !m.generic()
                                && m.name().toLowerCase(Locale.ROOT).endsWith(" " + lowerItem))
                        .toList();
                if (ending.size() == 1) {
                    return Optional.of(ending.get(0));
                }
            }
        }
        return Optional.empty();
    }

    /** The platforms a text names, else the title's (the context of a module named without its platform). */
    private List<String> orTitles(List<String> named) {
        return named.isEmpty() ? titlePlatforms : named;
    }

    /** The platforms a list or its line names, once per list. */
    static List<String> platformsIn(String context) {
        if (context == null) {
            return List.of();
        }
        return PLATFORMS.stream()
                .filter(p -> PLATFORM_WORDS.get(p).matcher(context).find())
                .toList();
    }

    /** Each platform as a word of its own: "ASAP" names no SAP, "laws" no AWS, "user epics" no Epic. */
    private static final Map<String, Pattern> PLATFORM_WORDS = PLATFORMS.stream()
            .collect(java.util.stream.Collectors.toMap(
                    p -> p, p -> Pattern.compile("(?i)(?<![\\p{L}\\d])" + Pattern.quote(p) + "(?![\\p{L}])")));

    /** A platform's own module ("ServiceNow ITSM" under ServiceNow): it wins over the item's general meaning (ITSM as ITIL). */
    private boolean isModule(Skill s) {
        return s.parentId() != null
                && PLATFORMS.stream()
                        .anyMatch(p -> taxonomy.find(p)
                                .map(Skill::id)
                                .filter(s.parentId()::equals)
                                .isPresent());
    }

    /** The skills inside an item that is not itself a known name: named technologies, no practices read into it. */
    private List<Skill> itemSkills(String item) {
        List<Skill> out = new ArrayList<>();
        for (Skill s : taxonomy.resolveListItem(item)) {
            if (s.generic()) {
                continue;
            }
            out.add(s);
        }
        // a scan hit whose text is a job word ("Developer", "Designer") is no skill
        List<SkillMention> mentions = taxonomy.scan(item, true);
        out.removeIf(s -> mentions.stream().anyMatch(m -> m.skill().id().equals(s.id()) && m.namesAJob()));
        return out;
    }

    /** "Salesforce Platform Developer I certification" names the Salesforce Certification when the taxonomy has one. */
    private void certification(String item, String source, boolean required) {
        // the item says so, or it is an item of a "Certifications:" label
        if (!CERTIFICATION.matcher(item).find()
                && (source == null || !CERTIFICATIONS_LABEL.matcher(source).find())) {
            return;
        }
        for (SkillMention m : taxonomy.scan(item, true)) {
            taxonomy.byId(m.skill().id() + "-certification").ifPresent(c -> add(c, required, null, null, source));
        }
    }

    /** Technologies named in a title (always required): not practices, not the job itself. */
    void fromTitle(String title, String source) {
        titlePlatforms = platformsIn(title);
        for (SkillMention m : taxonomy.scan(title, true)) {
            Skill s = m.skill();
            if (!s.generic() && !NOT_FROM_TITLE.contains(s.category()) && !m.namesAJob()) {
                add(s, true, null, versionAfter(title, m), source);
            }
        }
        // "Mainframe Developer (COBOL, JCL, DB2, CICS)": the title's line is not read again as running text, so its
        // brackets are read here, when they list two or more named technologies ("(C2C)", "(Cloud)" list none)
        Matcher bracket = BRACKET.matcher(source == null ? "" : source);
        while (bracket.find()) {
            String[] items = BRACKET_ITEMS.split(bracket.group(1).trim());
            if (items.length >= 2
                    && Arrays.stream(items)
                            .allMatch(it -> taxonomy.find(it.trim())
                                    .filter(k -> !k.generic())
                                    .isPresent())) {
                fromList(bracket.group(1), source, true);
            }
        }
    }

    private static final Pattern BRACKET = Pattern.compile("\\(([^()]{2,200})\\)");
    private static final Pattern BRACKET_ITEMS = Pattern.compile("\\s*(?:[,;/]|\\band\\b|&)\\s*");

    private static final Pattern MATRIX_CELLS = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern YEARS_CELL =
            Pattern.compile("(?i)^(\\d{1,2}(?:\\.\\d)?)\\s*\\+?\\s*(?:years?|yrs?)?$");
    private static final Pattern MUST_CELL = Pattern.compile("(?i)^(must(?: have)?|required|mandatory|primary|yes)$");
    private static final Pattern NICE_CELL =
            Pattern.compile("(?i)^(nice(?: to have)?|good to have|preferred|optional|desired|secondary|plus|a plus)$");

    /**
     * A row of a skill matrix a vendor asks to fill ("| Java 17 | 8 | Must |", "Kafka | 2 yrs | Nice to have"): the
     * first cell a skill, the others its years and whether it is a must or a nice to have. False when the line is no
     * such row.
     */
    private boolean matrixRow(String line, String source, boolean requiredByDefault) {
        if (line.indexOf('|') < 0) {
            return false; // every line of a mail comes here: most have no cells
        }
        String t = line.strip().replaceAll("^\\|+|\\|+$", "").strip();
        String[] cells = MATRIX_CELLS.split(t);
        if (cells.length < 2 || cells.length > 5) {
            return false;
        }
        BigDecimal years = null;
        Boolean required = null;
        for (int i = 1; i < cells.length; i++) {
            String c = cells[i].strip();
            Matcher y = YEARS_CELL.matcher(c);
            if (y.matches() && years == null) {
                years = new BigDecimal(y.group(1));
            } else if (MUST_CELL.matcher(c).matches()) {
                required = true;
            } else if (NICE_CELL.matcher(c).matches()) {
                required = false;
            } else if (!c.isEmpty()) {
                return false;
            }
        }
        List<Skill> named = itemSkills(cells[0].strip());
        if ((years == null && required == null) || named.isEmpty()) {
            return false;
        }
        for (Skill k : named) {
            add(
                    k,
                    required == null ? requiredByDefault : required,
                    years,
                    named.size() == 1 ? versionOfItem(cells[0], k) : null,
                    source);
        }
        return true;
    }

    /** Technologies named in a line of running text; generic practices are left out (they are in every mail). */
    void fromLine(String rawLine, String source, boolean requiredByDefault) {
        if (isBoilerplate(rawLine)) {
            return;
        }
        if (matrixRow(rawLine, source, requiredByDefault)) {
            return;
        }
        String line = Text.withoutUrls(withoutAdministrativeSentences(rawLine));
        if (line.isBlank()) {
            return;
        }
        // nice-to-have is said per sentence: "Must have two S/4HANA rollouts. Experience with SAP Fiori is a plus."
        List<Integer> sentenceStarts = new ArrayList<>(List.of(0));
        Matcher sentenceEnd = SENTENCE_END.matcher(line);
        while (sentenceEnd.find()) {
            sentenceStarts.add(sentenceEnd.end());
        }
        sentenceStarts.add(line.length());
        List<SkillMention> mentions = taxonomy.scan(line);
        // every "N+ years" of the line: a skill takes the nearest before it ("12+ yrs IT, 5+ yrs Azure": Azure 5)
        List<YearsAt> yearsAt = new ArrayList<>();
        Matcher years = Fields.YEARS.matcher(line);
        while (years.find()) {
            yearsAt.add(new YearsAt(years.end(), new BigDecimal(years.group(1))));
        }
        Boolean[] niceSentence = new Boolean[sentenceStarts.size()];
        List<PlatformGroup> groups = platformGroups(line);
        List<String> linePlatforms = platformsIn(line);
        // a module's name in a line that names no platform is read against the title's ("Integration with MM and SD"
        // in an "SAP S/4HANA FICO Consultant" requirement is SAP MM and SAP SD)
        List<String> contextPlatforms = orTitles(linePlatforms);
        Map<String, Skill> certifications = platformCertifications(line, linePlatforms);
        for (SkillMention mention : mentions) {
            SkillMention m = groups.isEmpty() ? mention : asPlatformModule(groups, mention);
            if (m == mention) {
                m = onLinePlatform(taxonomy, m, contextPlatforms);
            }
            Skill certification = certifications.remove(m.text().toUpperCase(Locale.ROOT));
            if (certification != null) {
                m = new SkillMention(certification, m.start(), m.end(), m.text());
            }
            if (m.skill().generic() || m.namesAJob()) {
                continue;
            }
            // "5+ years experience using Force.com (… SOQL …)": the years go to the skills before the bracket
            BigDecimal skillYears = yearsBefore(yearsAt, line, m.start());
            int found = java.util.Collections.binarySearch(sentenceStarts, m.start());
            int sentence = Math.min(found >= 0 ? found : -found - 2, sentenceStarts.size() - 2);
            if (niceSentence[sentence] == null) { // each sentence read once: a long line holds many mentions
                String text = line.substring(sentenceStarts.get(sentence), sentenceStarts.get(sentence + 1));
                niceSentence[sentence] =
                        NICE.matcher(text).find() && !REQUIRED.matcher(text).find();
            }
            boolean nice = !requiredByDefault || niceSentence[sentence];
            add(m.skill(), !nice, skillYears, versionAfter(line, m), source);
        }
        // certifications named by an acronym no skill has ("CSA" in "ServiceNow CSA and CAD certifications")
        boolean niceLine = !requiredByDefault
                || (NICE.matcher(line).find() && !REQUIRED.matcher(line).find());
        certifications.values().forEach(c -> add(c, !niceLine, null, null, source));
        contextModules(line, mentions, contextPlatforms, !niceLine, source);
    }

    /** The modules a line names without their platform, the platform named by the line or else by the title. */
    private void contextModules(
            String line, List<SkillMention> mentions, List<String> platforms, boolean required, String source) {
        if (!platforms.isEmpty()) {
            linePlatformModules(line, platforms, required, source);
            acronymModules(line, mentions, platforms, required, source);
        }
    }

    /**
     * The acronyms of a line that are no skill of their own but a platform's module of that exact name, the platform
     * named by the line or else by the title: "MM" and "SD" beside an SAP FICO requirement's "Integration with MM and SD".
     */
    private void acronymModules(
            String line, List<SkillMention> mentions, List<String> platforms, boolean required, String source) {
        Matcher a = ACRONYM.matcher(line);
        while (a.find()) {
            int at = a.start();
            if (mentions.stream().anyMatch(m -> m.start() <= at && at < m.end())) {
                continue; // part of a name already read ("SAP FI/CO")
            }
            namedModule(taxonomy, a.group(), platforms)
                    .filter(this::isModule)
                    .ifPresent(module -> add(module, required, null, null, source));
        }
    }

    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.;!?](\\s|$)");

    /** Where an "N+ years" of a line ends, and its number. */
    private record YearsAt(int end, BigDecimal years) {}

    /**
     * The years of the nearest "N+ years" before a skill in its sentence, within 60 characters and with no bracket
     * opened between them ("5+ years experience using Force.com (... SOQL ...)": the bracket's skills have no years of their own).
     */
    private static BigDecimal yearsBefore(List<YearsAt> yearsAt, String line, int start) {
        YearsAt nearest = null;
        for (YearsAt y : yearsAt) {
            if (y.end() - 1 <= start) {
                nearest = y;
            }
        }
        if (nearest == null
                || start - nearest.end() >= 60
                || SENTENCE_BREAK.matcher(line.substring(nearest.end(), start)).find()) {
            return null; // another sentence's skills ("5+ years of Epic. Cerner a plus.") have no years of it
        }
        int paren = line.indexOf('(', nearest.end());
        return paren < 0 || start < paren ? nearest.years() : null;
    }

    /** The pieces of a sentence a list of modules is written in: commas, "and", "or", brackets, slashes. */
    private static final Pattern PHRASE_SPLIT =
            Pattern.compile("(?i)\\s*(?:[,;()/]|\\band\\b|\\bor\\b|\\s[-\u2013\u2014]\\s)\\s*");

    /**
     * The modules a sentence lists without their platform (named by the sentence or the requirement's title), which
     * the taxonomy knows by no name of their own: "Workday integration experience (EIB, Core Connectors, Studio)", "Workday Report Writer, Calculated
     * Fields and BIRT" (Studio is Workday Studio there, Calculated Fields Workday's). A piece counts only when
     * "platform piece" is a module's exact name or alias, the piece is no skill of its own, and never in lower case.
     */
    private void linePlatformModules(String line, List<String> platforms, boolean required, String source) {
        for (String piece : PHRASE_SPLIT.split(line)) {
            String p = Text.trimValue(piece);
            if (p.isEmpty() || p.equals(p.toLowerCase(Locale.ROOT)) || p.split("\\s+").length > 4) {
                continue;
            }
            Optional<Skill> own = taxonomy.find(p);
            namedModule(taxonomy, p, platforms)
                    .filter(this::isModule)
                    // a skill of its own ("Active Directory" beside Azure) stays itself; a module's own short name
                    // ("Front Door", ambiguous alone) is the module
                    .filter(module -> own.isEmpty() || own.get().id().equals(module.id()))
                    .ifPresent(module -> add(module, required, null, null, source));
        }
    }

    /**
     * The module a platform names "platform text" exactly (a name or an alias, not generic), for the first platform
     * the text does not already start with: "ITSM" under ServiceNow is ServiceNow ITSM.
     */
    private static Optional<Skill> namedModule(SkillTaxonomy taxonomy, String text, List<String> platforms) {
        for (String platform : platforms) {
            if (text.regionMatches(true, 0, platform, 0, platform.length())) {
                continue;
            }
            Optional<Skill> module =
                    taxonomy.find(platform + " " + text).filter(s -> s.parentId() != null && !s.generic());
            if (module.isPresent()) {
                return module;
            }
        }
        return Optional.empty();
    }

    private static final Pattern ACRONYM = Pattern.compile("\\b[A-Z][A-Z0-9]{1,5}\\b");

    /**
     * The acronyms of a certification sentence that names a platform, read as the platform's certifications where the
     * taxonomy has one of that name: "ServiceNow CSA and CAD certifications required", "CAD/CSA certified ServiceNow
     * developer" (CAD is the ServiceNow Certified Application Developer there, not computer-aided design); the platforms
     * are the line's, or its list's. Keyed by the acronym in capitals.
     */
    private Map<String, Skill> platformCertifications(String line, List<String> platforms) {
        Map<String, Skill> out = new LinkedHashMap<>();
        if (platforms.isEmpty() || !CERTIFICATION.matcher(line).find()) {
            return out;
        }
        Matcher a = ACRONYM.matcher(line);
        while (a.find()) {
            String token = a.group();
            onPlatform(taxonomy, token, platforms)
                    .filter(s -> s.parentId() != null && "certification".equals(s.category()))
                    .ifPresent(s -> out.put(token, s));
        }
        return out;
    }

    /**
     * A platform and its modules in brackets, the platform's product or a word of work between them: "AWS (S3, Glue,
     * EMR, Redshift)", "ServiceNow development (ITSM, ITOM)", "Workday HCM (Core HCM, Compensation, Absence)". Groups:
     * the text before the bracket, the platform, the bracket's items.
     */
    static final Pattern PLATFORM_GROUP = Pattern.compile("(?i)\\b(("
            + String.join("|", PLATFORMS.stream().map(Pattern::quote).toList())
            + ")(?:\\s+[\\w/.&+-]+){0,2}?)\\s*\\(([^()]{1,200})\\)");

    /**
     * A mention inside the brackets after a platform, as the platform's module when it has one of that name ("ITSM" in
     * "ServiceNow development (ITSM, ITOM, CMDB)" is ServiceNow ITSM, not ITIL); else the mention as found.
     */
    private SkillMention asPlatformModule(List<PlatformGroup> groups, SkillMention m) {
        for (PlatformGroup g : groups) {
            if (m.start() >= g.start() && m.end() <= g.end()) {
                return onPlatform(taxonomy, m.text(), List.of(g.platform()))
                        .filter(module -> module.parentId() != null
                                && !module.id().equals(m.skill().id()))
                        .map(module -> new SkillMention(module, m.start(), m.end(), m.text()))
                        .orElse(m);
            }
        }
        return m;
    }

    /**
     * A mention in a line that names a platform, as the platform's module of exactly that name when the mention was read
     * as something else: "ServiceNow development across ITSM, HRSD and CSM" (ITSM is ServiceNow ITSM there, not ITIL;
     * CSM ServiceNow Customer Service Management, not the Certified Scrum Master). Only an acronym: "Active Directory"
     * beside Azure stays Active Directory, "compensation" the HR practice.
     */
    static SkillMention onLinePlatform(SkillTaxonomy taxonomy, SkillMention m, List<String> platforms) {
        // only an acronym: a product's words keep their meaning ("Active Directory" beside Azure is no Azure AD)
        if (platforms.isEmpty() || !ACRONYM.matcher(m.text()).matches()) {
            return m;
        }
        return namedModule(taxonomy, m.text(), platforms)
                .filter(s -> !s.id().equals(m.skill().id()))
                .map(s -> new SkillMention(s, m.start(), m.end(), m.text()))
                .orElse(m);
    }

    /** The brackets after a platform's name: where its items are, and the platform. */
    record PlatformGroup(int start, int end, String platform) {}

    static List<PlatformGroup> platformGroups(String text) {
        if (text.indexOf('(') < 0) {
            return List.of();
        }
        List<PlatformGroup> out = new ArrayList<>();
        Matcher g = PLATFORM_GROUP.matcher(text);
        while (g.find()) {
            out.add(new PlatformGroup(g.start(3), g.end(3), g.group(2)));
        }
        return out;
    }

    /**
     * A list value with its platforms' bracketed modules taken as the platforms' ("Skills: AWS (S3, Glue, EMR)": the
     * brackets' commas would otherwise cut "AWS (S3" from "EMR)"): the modules added, the rest of the value returned
     * with the platform and the bracket's other items as items of their own. "SAP (5 years)" is left as written.
     */
    private String withPlatformModules(String value, String source, boolean required) {
        return platformModules(
                taxonomy,
                value,
                LIST_SPLIT,
                (module, item) -> add(module, required && !NICE.matcher(item).find(), null, null, source));
    }

    /**
     * The text with the modules in brackets after a platform handed to {@code onModule} (with the item as written and
     * what follows the bracket in its item, "is a plus")
     * and taken out; the text before the bracket and the bracket's other items stay, as items of the list ("AWS,
     * Redshift" for "AWS (S3, Glue, Redshift)" when Redshift is no module of AWS). A bracket of years ("SAP (5 years)") stays as written.
     */
    static String platformModules(
            SkillTaxonomy taxonomy, String text, Pattern split, java.util.function.BiConsumer<Skill, String> onModule) {
        if (text.indexOf('(') < 0) {
            return text;
        }
        Matcher g = PLATFORM_GROUP.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (g.find()) {
            if (g.group(3).matches("(?i).*\\b(years?|yrs?|months?)\\b.*")) {
                continue;
            }
            StringBuilder others = new StringBuilder();
            // what follows the bracket to the end of its item says of the modules too ("(Studio, Core Connectors) is a
            // plus")
            String after = text.substring(g.end()).split("[\\n,;]", 2)[0];
            for (String item : split.split(g.group(3))) {
                Optional<Skill> module =
                        onPlatform(taxonomy, item.trim(), List.of(g.group(2))).filter(m -> m.parentId() != null);
                if (module.isPresent()) {
                    onModule.accept(module.get(), item + " " + after);
                } else if (!item.isBlank()) {
                    others.append(", ").append(item.trim());
                }
            }
            // the platform and its product stay an item ("Workday HCM", "Azure Data Factory")
            g.appendReplacement(rest, Matcher.quoteReplacement(g.group(1) + others));
        }
        g.appendTail(rest);
        return rest.toString();
    }

    /** The end of a sentence inside a line: a full stop, "!" or "?", then a space and a capital letter. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z])");

    /** A responsibility ("Convert user stories into technical solutions"): only concrete technologies count. */
    void fromDutyLine(String rawLine, String source) {
        if (isBoilerplate(rawLine)) {
            return;
        }
        String line = Text.withoutUrls(withoutAdministrativeSentences(rawLine));
        if (line.isBlank()) {
            return;
        }
        List<SkillMention> mentions = taxonomy.scan(line);
        for (SkillMention m : mentions) {
            String c = m.skill().category();
            if (!m.skill().generic() && !c.equals("technique") && !c.equals("methodology") && !m.namesAJob()) {
                add(m.skill(), true, null, versionAfter(line, m), source);
            }
        }
        // "Flows and validation rules" among a Salesforce Administrator's duties is Salesforce Flow
        contextModules(line, mentions, orTitles(platformsIn(line)), true, source);
    }

    private void add(Skill s, boolean required, BigDecimal years, String version, String source) {
        ExtractedSkill prev = found.get(s.id());
        if (prev == null && source != null && SkillTaxonomy.otherMeaning(s, source)) {
            return; // "create Epic and Story in JIRA" as a list's item: the work item, read with its whole line
        }
        if (prev == null) {
            found.put(s.id(), new ExtractedSkill(s.name(), s.id(), required, years, version, source));
            return;
        }
        BigDecimal y = prev.years() == null
                ? years
                : years == null ? prev.years() : prev.years().max(years);
        found.put(
                s.id(),
                new ExtractedSkill(
                        prev.name(),
                        prev.skillId(),
                        prev.required() || required,
                        y,
                        prev.version() != null ? prev.version() : version,
                        prev.source()));
    }

    /** The version of a list item that names one skill ("Java 11", "Spring Boot 2.x", "HTML5"), or null. */
    static String versionOfItem(String item, Skill skill) {
        String t = item.trim().replaceAll("\\(.*?\\)", "").trim();
        String base = SkillKeys.withoutVersion(t);
        if (base.equals(t) || base.isEmpty()) {
            Matcher m = Pattern.compile("(?i)^(.*?[A-Za-z.#+])\\s*v?(\\d{1,4}(?:\\.(?:\\d{1,3}|x))*[a-z]?)\\s*\\+?$")
                    .matcher(t);
            if (!m.matches()) {
                return null;
            }
            base = m.group(1);
        }
        Optional<Skill> bare = SkillTaxonomy.standard().find(base);
        if (bare.isEmpty() || !bare.get().id().equals(skill.id())) {
            return null;
        }
        return cleanVersion(t.substring(base.length()));
    }

    /** The version written right after a mention in running text ("Java 17 and Spring Boot 3"), or glued to it ("HTML5"). */
    static String versionAfter(String text, SkillMention m) {
        String surface = m.text();
        String bare = SkillKeys.withoutVersion(surface);
        if (!bare.equals(surface) && !bare.isEmpty()) {
            Optional<Skill> s = SkillTaxonomy.standard().find(bare);
            if (s.isPresent() && s.get().id().equals(m.skill().id())) {
                return cleanVersion(surface.substring(bare.length()));
            }
        }
        // a version is written right after the name: a short window, not the rest of a long text for every mention
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 80));
        Matcher v = VERSION_AFTER.matcher(after);
        if (v.find()) {
            String ver = v.group(1);
            // a bare number after a name is a version only when it looks like one (not "Java 2 positions")
            if (ver.matches("\\d") && !after.matches("(?s)^\\s*\\d\\s*(\\+|\\.x|$|[,;/)]|\\s+(and|or|&)\\b).*")) {
                return null;
            }
            return cleanVersion(ver);
        }
        return null;
    }

    static String cleanVersion(String v) {
        String s = v.trim()
                .replaceAll("^[\\s\\-_]+", "")
                .replaceAll("\\+$", "")
                .replaceAll("\\s*/\\s*", "/")
                .trim();
        if (s.toLowerCase(Locale.ROOT).startsWith("v") && s.length() > 1 && Character.isDigit(s.charAt(1))) {
            s = s.substring(1);
        }
        return s.isEmpty() ? null : s;
    }

    private static BigDecimal yearsIn(String text) {
        Matcher m = Fields.YEARS.matcher(text);
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    /** A line that is boilerplate, or nothing but requests to the reader. */
    static boolean isBoilerplate(String line) {
        return BOILERPLATE.matcher(line).find()
                || (REQUEST.matcher(line).find()
                        && withoutSentences(line, s -> REQUEST.matcher(s).find())
                                .isBlank());
    }

    /**
     * The line with its administrative sentences and requests blanked (same length, so offsets hold): "Please share
     * profiles ASAP. Must have Java 17, Spring Boot, Kafka and AWS." keeps its second sentence (the whole line was
     * dropped).
     */
    static String withoutAdministrativeSentences(String line) {
        return withoutSentences(
                line, s -> isAdministrative(s) || REQUEST.matcher(s).find());
    }

    private static String withoutSentences(String line, java.util.function.Predicate<String> aside) {
        if (!aside.test(line)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line);
        int start = 0;
        Matcher end = SENTENCE_END.matcher(line);
        while (true) {
            boolean more = end.find();
            int stop = more ? end.start() : line.length();
            if (aside.test(line.substring(start, stop))) {
                for (int i = start; i < stop; i++) {
                    out.setCharAt(i, ' ');
                }
            }
            if (!more) {
                break;
            }
            start = end.end();
        }
        return out.toString();
    }

    /** A line about what to send with a resume, or an identifier of the job: never skills or places. */
    static boolean isAdministrative(String line) {
        return ADMIN.matcher(line).find() || PARTIES.matcher(line).find();
    }

    static List<ExtractedSkill> limit(List<ExtractedSkill> skills, int max) {
        return skills.size() <= max ? skills : new ArrayList<>(skills.subList(0, max));
    }
}
