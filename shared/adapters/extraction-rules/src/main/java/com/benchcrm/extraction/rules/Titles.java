package com.benchcrm.extraction.rules;

import com.benchcrm.extraction.Sourced;
import com.benchcrm.requirement.Seniority;
import com.benchcrm.skills.SkillTaxonomy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Job titles: where they are written, how they are cleaned, and the normalized title a recruiter files. */
final class Titles {

    static final String ROLE_NOUNS =
            "developers?|dev|engineers?|administrators?|admins?|analysts?|architects?|consultants?|managers?|leads?"
                    + "|testers?|dbas?|designers?|scientists?|specialists?|programmers?|technicians?|coordinators?|directors?|officers?"
                    + "|owners?|masters?|sdets?|writers?|recruiters?|experts?|associates?|accountants?|auditors?|modelers?|modellers?"
                    + "|stewards?|strategists?|support|trainers?|SME|devops|qa|administration|head|VP|president|intern|generalist|partner"
                    + "|executive|representative|assistant|operator|planner|buyer|controller|advisor|producer|editor|marketer|expert"
                    + "|BA|BSA";
    static final Pattern ROLE = Pattern.compile("(?i)\\b(" + ROLE_NOUNS + ")\\b");
    /** "Hi Partner", "Hello Team", "Dear Vendor": a greeting names the reader, not the job. */
    private static final Pattern GREETING =
            Pattern.compile("(?i)\\s*(hi|hii+|hello|hey|dear|greetings|good (morning|afternoon|evening))\\b");

    private static final Pattern SUBJECT_NOISE = Pattern.compile(
            "(?i)^\\s*(re|fw|fwd)\\s*:\\s*|\\b(urgent(ly)?|immediate|hot|new|direct client|direct|we have|need(ed)?|looking for|"
                    + "hiring|opening|job opening|requirements?|reqs?|position|positions|opportunity|requirment|requirement for|"
                    + "required|hire|immediate hire|immediate need|immediate requirement|urgent need|urgent requirement|"
                    + "seeking|for|a|an|our|client|in|with|exp|the|and its|its)\\b\\s*:?");
    private static final Pattern SEEKING = Pattern.compile(
            "(?i)\\b(?:seeking|looking for|hiring|need|needs|require|requires|requirement for|opening for|search for|searching for)\\s+(?:an?\\s+|one\\s+|our\\s+|experienced\\s+)?"
                    + "((?:[A-Za-z0-9.#+/&-]+\\s+){0,5}?(?:" + ROLE_NOUNS + ")(?:\\s*/\\s*[A-Za-z]+)?)\\b");
    private static final Pattern TAIL = Pattern.compile(
            "(?i)\\s*(\\(.*?\\)|\\bwith\\b.*|\\bin\\b\\s+[A-Z].*|@.*|\\bat\\b\\s+[A-Z].*|\\bfor\\b.*|-\\s*(remote|onsite|hybrid|contract|c2c|w2).*"
                    + "|\\b(location|duration)\\b.*|\\bneeded\\b.*|\\brequired\\b.*)$");
    private static final Map<String, String> EXPANSIONS = Map.ofEntries(
            Map.entry("sr", "Senior"),
            Map.entry("sr.", "Senior"),
            Map.entry("snr", "Senior"),
            Map.entry("jr", "Junior"),
            Map.entry("jr.", "Junior"),
            Map.entry("dev", "Developer"),
            Map.entry("devs", "Developers"),
            Map.entry("engg", "Engineer"),
            Map.entry("engr", "Engineer"),
            Map.entry("eng", "Engineer"),
            Map.entry("admin", "Administrator"),
            Map.entry("mgr", "Manager"),
            Map.entry("arch", "Architect"),
            Map.entry("mgmt", "Management"),
            Map.entry("assoc", "Associate"),
            Map.entry("spec", "Specialist"),
            Map.entry("tech", "Technical"),
            Map.entry("programmer/analyst", "Programmer Analyst"));
    private static final Pattern SENIORITY_WORD = Pattern.compile(
            "(?i)^(senior|sr|snr|junior|jr|lead|principal|staff|mid[- ]level|mid|entry[- ]level)\\.?(\\s+|$)");
    private static final List<String> KEEP_UPPER = List.of(
            "QA", "DBA", "UI", "UX", "BI", "ETL", "SAP", "IT", "AI", "ML", "CRM", "ERP", "SQL", "AWS", "GCP", "SRE",
            "API", "SDET", "BA", "PM", "HR", "VP", "SME", "MDM", "IAM", "GIS", "RPA", "HCM", "EDI", "ITSM", "SOC",
            "LAN", "WAN", "NOC", "CIS", "FICO", "ABAP", "EBS", "MM", "SD", "PP", "HANA", "BW", "BO", "SCCM", "MVC",
            "JEE", "AEM", "CMS");

    private Titles() {}

    /** The title: the title label, else the subject's role part, else a "seeking a ..." phrase or a short heading line. */
    static Sourced<String> find(String labelValue, String labelLine, String subject, List<String> lines) {
        if (labelValue != null) {
            String t = clean(labelValue);
            if (!t.isEmpty() && t.length() <= 120) {
                return Sourced.of(t, labelLine);
            }
        }
        if (subject != null) {
            String fromSubject = fromSubject(subject);
            if (fromSubject != null) {
                return Sourced.of(fromSubject, subject);
            }
        }
        int checked = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (++checked > 25) {
                break;
            }
            Matcher s = SEEKING.matcher(line);
            if (s.find()) {
                String t = clean(s.group(1));
                if (!t.isEmpty() && Character.isUpperCase(t.charAt(0))) {
                    return Sourced.of(t, line);
                }
            }
            if (checked <= 5
                    && line.length() <= 70
                    && ROLE.matcher(line).find()
                    && !line.contains(":")
                    && !line.matches("(?i).*\\b(we|our|you|your|i|please|thanks|regards)\\b.*")
                    && !GREETING.matcher(line).lookingAt()
                    && startsCapitalized(line)) {
                return Sourced.of(clean(line), line);
            }
        }
        return null;
    }

    static String fromSubject(String subject) {
        for (String part : subject.split("//+|\\|+|::|\\s[-–—/]\\s|\\s@\\s|@|\\s:\\s|:|,|\\(")) {
            String p = part.trim();
            if (!ROLE.matcher(p).find()) {
                continue;
            }
            String prev = null;
            while (!p.equals(prev)) {
                prev = p;
                p = SUBJECT_NOISE.matcher(p).replaceFirst("").trim();
            }
            String t = clean(p);
            Matcher role = ROLE.matcher(t);
            if (!t.isEmpty() && role.find() && t.split("\\s+").length <= 8) {
                // keep up to the last role noun: "Salesforce Developer In Arizona" -> "Salesforce Developer"
                Matcher last = ROLE.matcher(t);
                int end = -1;
                while (last.find()) {
                    end = last.end();
                }
                String upTo = t.substring(0, end).trim();
                String after = t.substring(end).trim();
                if (after.startsWith("/")) {
                    upTo = t;
                }
                return upTo;
            }
        }
        return null;
    }

    /** Removes what is not the title: brackets, "in City", "with 8+ years", trailing punctuation. */
    static String clean(String raw) {
        String t = Text.squash(raw).replaceAll("[*\"“”]", "");
        t = Labels.stripNumbering(t);
        String prev = null;
        while (!t.equals(prev)) {
            prev = t;
            t = TAIL.matcher(t).replaceFirst("").trim();
        }
        t = t.replaceAll("\\s*[:;,.!\\-–]+$", "").trim();
        return t;
    }

    /**
     * The title as written without its seniority word ("Sr. Java Developer" is "Java Developer";
     * "UI/UX Designer" stays "UI/UX Designer"): words are not respelled or expanded, so the title
     * the vendor wrote is the title the recruiter sees. A title written in capitals is put in title
     * case, keeping acronyms and the taxonomy's spelling of skill names ("CERTIFIED IT
     * ADMINISTRATOR" is "Certified IT Administrator", "JAVA DEVELOPER" is "Java Developer").
     */
    static String normalize(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.replaceAll("\\s+", " ").trim();
        String prev = null;
        while (!t.equals(prev)) {
            prev = t;
            t = SENIORITY_WORD.matcher(t).replaceFirst("").trim();
        }
        t = t.replaceAll("^[\\s/&,-]+", "").trim();
        if (t.isEmpty()) {
            return null;
        }
        t = respell(t);
        if (allCapitals(t)) {
            List<String> words = new ArrayList<>();
            for (String w : t.split(" ")) {
                words.add(caseOf(w));
            }
            t = String.join(" ", words);
        }
        return t;
    }

    /**
     * A skill name spelled apart or in another case is written as the taxonomy spells it ("Sales
     * force" is "Salesforce", "Angularjs" is "AngularJS"); a different word is never put in its
     * place ("Cloud" stays "Cloud", not "Cloud Computing").
     */
    private static String respell(String t) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (com.benchcrm.skills.SkillMention m : SkillTaxonomy.standard().scan(t, true)) {
            String canonical = m.skill().name();
            boolean sameWord = com.benchcrm.skills.SkillKeys.loose(m.text())
                    .equals(com.benchcrm.skills.SkillKeys.loose(canonical));
            if (!sameWord
                    || m.text().equals(canonical)
                    || (m.text().length() <= 5 && m.text().equals(m.text().toUpperCase(Locale.ROOT)))) {
                continue;
            }
            out.append(t, at, m.start()).append(canonical);
            at = m.end();
        }
        return out.append(t.substring(at)).toString();
    }

    /** A title written in capitals, in title case (acronyms and skill spellings kept); any other title as it is. */
    static String normalizeCase(String t) {
        if (t == null || !allCapitals(t)) {
            return t;
        }
        List<String> words = new ArrayList<>();
        for (String w : t.split(" ")) {
            words.add(caseOf(w));
        }
        return String.join(" ", words);
    }

    private static boolean allCapitals(String t) {
        int letters = 0;
        for (char c : t.toCharArray()) {
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 6;
    }

    /** A word of a title written in capitals, in the case a recruiter writes it. */
    private static String caseOf(String word) {
        String letters = word.replaceAll("[^A-Za-z]", "");
        if (letters.isEmpty() || KEEP_UPPER.contains(letters)) {
            return word;
        }
        var known = SkillTaxonomy.standard().find(word);
        if (known.isPresent() && known.get().name().equalsIgnoreCase(word)) {
            return known.get().name();
        }
        if (letters.length() <= 3 || EXPANSIONS.containsKey(word.toLowerCase(Locale.ROOT))) {
            return letters.length() <= 3 ? word : capitalize(word.toLowerCase(Locale.ROOT));
        }
        StringBuilder b = new StringBuilder();
        for (String part : word.split("(?<=[/-])")) {
            b.append(capitalize(part.toLowerCase(Locale.ROOT)));
        }
        return b.toString();
    }

    private static String capitalize(String w) {
        StringBuilder b = new StringBuilder();
        boolean up = true;
        for (char c : w.toCharArray()) {
            b.append(up ? Character.toUpperCase(c) : c);
            up = c == '/' || c == '-' || c == '(';
        }
        return b.toString();
    }

    private static boolean startsCapitalized(String line) {
        return !line.isEmpty() && Character.isUpperCase(line.charAt(0));
    }

    /** The level the title states, else the one the years suggest (quoting them). */
    static Sourced<Seniority> seniority(Sourced<String> title, Sourced<BigDecimal> years) {
        if (title != null) {
            String t = title.value().toLowerCase(Locale.ROOT);
            if (t.matches(".*\\b(principal|staff|distinguished)\\b.*")) {
                return Sourced.of(Seniority.PRINCIPAL, title.source());
            }
            if (t.matches(
                    "^(lead|tech lead|team lead)\\b.*|.*\\b(lead)\\s*$|.*\\blead (developer|engineer|consultant|architect)\\b.*")) {
                return Sourced.of(Seniority.LEAD, title.source());
            }
            if (t.matches(".*\\b(senior|sr\\.?|snr)\\b.*")) {
                return Sourced.of(Seniority.SENIOR, title.source());
            }
            if (t.matches(".*\\b(junior|jr\\.?|entry[- ]level|graduate|intern)\\b.*")) {
                return Sourced.of(Seniority.JUNIOR, title.source());
            }
            if (t.matches(".*\\b(mid[- ]level|mid)\\b.*")) {
                return Sourced.of(Seniority.MID, title.source());
            }
        }
        if (years != null) {
            int y = years.value().intValue();
            Seniority s = y >= 8 ? Seniority.SENIOR : y >= 4 ? Seniority.MID : Seniority.JUNIOR;
            return Sourced.of(s, years.source());
        }
        return null;
    }
}
