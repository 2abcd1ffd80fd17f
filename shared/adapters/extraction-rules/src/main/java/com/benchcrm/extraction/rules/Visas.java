package com.benchcrm.extraction.rules;

import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.extraction.ExtractedVisa;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Work authorization terms: which statuses a requirement accepts and which it refuses, as vendors
 * write them ("USC/GC/H1B/EADs (No OPT/CPT)", "Any visa except OPT and CPT", "We cannot work with
 * OPT, CPT or H1B transfer candidates", "OPT/CPT will not be considered").
 *
 * <p>How a negation reaches its statuses: the text is cut into clauses (at sentence ends,
 * brackets, semicolons and dashes) and the clauses into comma-separated parts. A part that says
 * "no", "not", "except", "cannot work with", "not open to" before its statuses refuses them, and so
 * do the unmarked parts after it in the clause ("No OPT, CPT or H1B"); a part that ends "not
 * accepted", "will not be considered" refuses its statuses and the unmarked parts before it; a part
 * that says "only", "OK", "accepted", "can apply" accepts. Everything else is accepted.
 *
 * <p>"EAD" or "EADs" without a kind means every EAD-based status: GC EAD, H4 EAD, L2 EAD and OPT
 * EAD. A refused status is never also accepted. "L2", "H4", "TN" and "E3" alone count only next to
 * other statuses or under a visa label ("L2 support" is a support tier, "TN" a state).
 */
final class Visas {

    private record Token(int start, int end, Set<WorkAuthorization> values, boolean weak) {}

    private static final Set<WorkAuthorization> EADS = EnumSet.of(
            WorkAuthorization.GC_EAD, WorkAuthorization.H4_EAD, WorkAuthorization.L2_EAD, WorkAuthorization.OPT_EAD);

    /**
     * "Visa independent": a status that needs no employer's visa. Citizens, green card holders and the EADs that
     * allow any employer (GC, H4, L2); not OPT (time-limited, then sponsored) nor TN (one employer).
     */
    private static final Set<WorkAuthorization> VISA_INDEPENDENT = EnumSet.of(
            WorkAuthorization.US_CITIZEN,
            WorkAuthorization.GREEN_CARD,
            WorkAuthorization.GC_EAD,
            WorkAuthorization.H4_EAD,
            WorkAuthorization.L2_EAD);

    private static final Pattern TOKEN = Pattern.compile("(?i)(?<![a-z0-9])(?:"
            + "(?<independent>visa[- ]?independent|independent of (?:any )?visa)"
            + "|(?<stem>stem[- ]?opt(?:[- ]?ead)?)"
            + "|(?<gcead>(?:gc|green[- ]?card)[- ]?eads?)"
            + "|(?<h4ead>h[- ]?4[- ]?eads?)"
            + "|(?<l2ead>l[- ]?2[- ]?(?:s[- ]?)?eads?)"
            + "|(?<optead>opt[- ]?eads?|opt)"
            + "|(?<ead>(?:any |all )?eads?)"
            + "|(?<usc>u\\.?s\\.?\\s?c\\.?|u\\.?s\\.? citizens?(?:hip)?|citizens?(?:hip)?|american citizens?)"
            + "|(?<gc>green[- ]?cards?(?: holders?)?|gc(?: holders?)?|gch|permanent residents?|lprs?)"
            + "|(?<h1b>h[- ]?1[- ]?b?s?(?![- ]?\\d)(?: (?:visa|transfers?|holders?))?)"
            + "|(?<cpt>cpt)"
            + "|(?<h4>h[- ]?4)"
            + "|(?<l2>l[- ]?2)"
            + "|(?<tn>tn(?= ?visa)|tn(?=\\s*(?:[/,]|and|or)\\s*(?:h1|gc|usc|e3|green))|(?<=[/,] ?)tn|(?<=and |or )tn(?![a-z]))"
            + "|(?<e3>e-?3)"
            + ")(?![a-z0-9])");

    /** What a vendor says it cannot do with a status: "can't do H1B", "we do not process OPT", "won't submit CPT". */
    private static final String REFUSED_VERB =
            "(work with|accept|consider|use|take|do|process|submit|entertain|sponsor)";

    private static final Pattern LEAD_NEGATION =
            Pattern.compile("(?i)\\b(no|not|non|except|excluding|exclude|other than|without|"
                    + "cannot " + REFUSED_VERB + "|can ?'?n?o?t " + REFUSED_VERB + "|can't " + REFUSED_VERB + "|"
                    + "won'?t " + REFUSED_VERB + "|do not " + REFUSED_VERB + "|don'?t " + REFUSED_VERB + "|"
                    + "not open to|not accepting|unable to " + REFUSED_VERB + ")\\b");
    private static final Pattern TRAIL_NEGATION =
            Pattern.compile("(?i)\\b(not (accepted|acceptable|considered|eligible|allowed|ok|okay|"
                    + "entertained|welcome|preferred)|will not be (considered|accepted|entertained)|won'?t be (considered|accepted)|need not apply|"
                    + "are not (accepted|considered|eligible|allowed)|is not (accepted|considered|eligible|allowed)|"
                    + "(is|are) not (possible|an option|supported)|not possible)\\b");
    private static final Pattern ACCEPTING =
            Pattern.compile("(?i)\\b(only|accepted|acceptable|ok|okay|fine|open to|can apply|welcome|"
                    + "allowed|eligible|preferred|are good|is good|works?)\\b");
    private static final Pattern CLAUSE =
            Pattern.compile("[.;!?\\n()\\[\\]{}]+(?=\\s|$|[A-Za-z(])|\\s+[-–—]\\s+|\\s+but\\s+|\\s+however\\s+");
    private static final Pattern CONTEXT =
            Pattern.compile("(?i)\\b(visas?|work authori[sz]ation|work auth|authori[sz]ed to work|eligible to work|"
                    + "sponsor(ship)?|immigration|citizenship|work permit)\\b");
    /**
     * Terms about sponsorship without a status ("No sponsorship", "unable to sponsor", "authorized to work without
     * sponsorship now or in the future", "sponsorship is not available"): kept as the requirement's terms (shown with
     * it); they refuse no status of their own.
     */
    private static final Pattern NO_SPONSOR =
            Pattern.compile("(?i)(no|not|cannot|can't|unable to|won't)\\s+(\\w+\\s+){0,3}(sponsor|sponsorship|transfer)"
                    + "|\\bwithout\\s+(\\w+\\s+){0,2}sponsorship|\\bsponsorship\\s+(is\\s+)?(not|un)\\s*available");

    private static final Pattern PART_SEPARATOR = Pattern.compile(",|\\s+&\\s+(?=no\\b)");
    /**
     * Before a status, an employment type and then "for": the status is the condition of a rule about the
     * employment type ("No C2C for H1B", "C2C not allowed for H1", "no corp to corp on H1").
     */
    private static final Pattern EMPLOYMENT_CONDITION = Pattern.compile(
            "(?i)\\b(c2c|corp[- ]?to[- ]?corp|corp2corp|w-?2|1099|third[- ]party|3rd[- ]party|layers?|sub[- ]?vendors?)\\b"
                    + ".{0,30}\\b(for|on|with|from|in case of)\\s+(the\\s+|any\\s+)?$");
    /** What may stand between two statuses of one list: "GC, TN", "L2 EAD / TN", "H1B and TN". */
    private static final Pattern LIST_GAP = Pattern.compile("(?i)^[\\s/,&|]*(?:(?:and|or)[\\s/,&|]*)?$");
    /** A "TN" that names the visa by what follows it: "TN visa", "TN/H1B", "TN or GC". */
    private static final Pattern TN_BEFORE_STATUS =
            Pattern.compile("(?i)^(?: ?visa|\\s*(?:[/,]|and|or)\\s*(?:h1|gc|usc|e3|green))");

    private static final Pattern E3_BEFORE = Pattern.compile("^(?: ?visa|\\s*[/,])", Pattern.CASE_INSENSITIVE);

    private static final Pattern L2_NOT_VISA = Pattern.compile(
            "(?i)^[\\s/-]*(l3|/l3|support|engineer|level|tier|technical|helpdesk|help desk|production)");

    private Visas() {}

    /** Whether the text names a work authorization status at all. */
    static boolean mentions(String text) {
        return !tokens(text, false).isEmpty();
    }

    /**
     * The terms of a requirement: a visa label's value first, then the lines that state statuses.
     *
     * @param labelValue the value of a visa label ("USC, GC, H1B"), or null
     */
    static ExtractedVisa visa(String labelValue, String labelLine, List<String> lines) {
        List<String> sources = new ArrayList<>();
        if (labelValue != null) {
            sources.add(labelValue);
        }
        List<String> listed = listedUnderHeading(lines);
        String listedTerms = listed.size() < 2 ? null : String.join(", ", listed.subList(1, listed.size()));
        if (listedTerms != null && labelValue == null) {
            sources.add(listedTerms);
        }
        java.util.Map<String, String> rawOf = new java.util.HashMap<>(); // a line read without a clause: its source
        for (String raw : lines) {
            if (listedTerms != null && listed.contains(raw)) {
                continue;
            }
            // "Passport number mandatory for H1B candidates", "GC holders: send the GC copy": what a status's holders
            // must send is no term of the requirement (the label's value is read whole)
            String line = raw.equals(labelLine) ? raw : withoutDocumentClauses(raw);
            if (line.length() < 300
                    && line.indexOf('@') < 0
                    && !line.equals(labelLine)
                    // a line that talks about visas counts its weak statuses too ("Candidates with TN visa are
                    // welcome")
                    && (!tokens(line, CONTEXT.matcher(line).find()).isEmpty()
                            || NO_SPONSOR.matcher(line).find())) {
                sources.add(line);
                rawOf.put(line, raw);
            }
        }
        Set<WorkAuthorization> accepted = new LinkedHashSet<>();
        Set<WorkAuthorization> excluded = new LinkedHashSet<>();
        List<String> used = new ArrayList<>();
        if (listedTerms != null && labelValue != null) {
            sources.add(1, listedTerms);
        }
        for (int i = 0; i < sources.size(); i++) {
            String s = sources.get(i);
            boolean label = (i == 0 && labelValue != null) || s.equals(listedTerms);
            Terms t = read(s, label);
            if (!t.accepted.isEmpty()
                    || !t.excluded.isEmpty()
                    || NO_SPONSOR.matcher(s).find()) {
                accepted.addAll(t.accepted);
                excluded.addAll(t.excluded);
                if (!used.contains(s)) {
                    used.add(s);
                }
            }
        }
        accepted.removeAll(excluded);
        if (accepted.isEmpty() && excluded.isEmpty() && used.isEmpty()) {
            return null;
        }
        String terms = String.join(" / ", used);
        String source = labelValue != null && !used.isEmpty() && used.get(0).equals(labelValue)
                ? labelLine
                : used.isEmpty()
                        ? labelLine
                        : used.get(0).equals(listedTerms)
                                ? listed.get(0)
                                : rawOf.getOrDefault(used.get(0), used.get(0));
        return new ExtractedVisa(
                List.copyOf(accepted),
                List.copyOf(excluded),
                terms.length() > 500 ? terms.substring(0, 500) : terms,
                source);
    }

    /** A document a vendor asks a candidate to send ("passport number", "visa copy", "I-797", "DL"). */
    private static final Pattern DOCUMENT = Pattern.compile(
            "(?i)\\b(passports?|i-?797s?|i-?94s?|i-?20s?|cop(y|ies)|driver'?s licen[cs]e|dl|id proofs?|proof of|"
                    + "documents?|documentation|ssn|last 4|date of birth|dob|linkedin)\\b");

    /** The line without its clauses (at sentence ends, brackets, dashes) that ask for a document; "" when none is left. */
    static String withoutDocumentClauses(String line) {
        if (!DOCUMENT.matcher(line).find()) {
            return line;
        }
        StringBuilder kept = new StringBuilder();
        for (String clause : CLAUSE.split(line)) {
            if (!clause.isBlank() && !DOCUMENT.matcher(clause).find()) {
                kept.append(kept.isEmpty() ? "" : ". ").append(clause.strip());
            }
        }
        return kept.toString();
    }

    private static final Pattern VISA_HEADING = Pattern.compile(
            "(?i)^\\s*(visas?|visa (status|type|requirements?)|work authori[sz]ation|work auth|eligibility|citizenship)"
                    + "\\s*:?\\s*$");
    private static final Pattern LISTED_STATUS = Pattern.compile("^\\s*(\\d{1,2}[.)]|[-*•–])?\\s*(.{1,40})$");

    /**
     * A heading with no value and the statuses listed one per line under it ("Visa:", "USC", "GC", "TN"):
     * the heading first, then the items (up to ten, to the first line that names no status); empty when none.
     */
    private static List<String> listedUnderHeading(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!VISA_HEADING.matcher(lines.get(i)).matches()) {
                continue;
            }
            List<String> out = new ArrayList<>();
            out.add(lines.get(i));
            for (int j = i + 1; j < lines.size() && j <= i + 10; j++) {
                String item = lines.get(j);
                if (!LISTED_STATUS.matcher(item).matches()
                        || tokens(item.replaceAll("^\\W+", "") + " visa", true).isEmpty()) {
                    break;
                }
                out.add(item);
            }
            return out.size() > 1 ? out : List.of();
        }
        return List.of();
    }

    /** Accepted and refused statuses of one text. */
    record Terms(Set<WorkAuthorization> accepted, Set<WorkAuthorization> excluded) {}

    static Terms read(String text, boolean underVisaLabel) {
        Set<WorkAuthorization> accepted = new LinkedHashSet<>();
        Set<WorkAuthorization> excluded = new LinkedHashSet<>();
        // "Visa independent only (USC, GC, GC EAD)": statuses accepted by name say which independent ones
        boolean independent = false;
        boolean strongContext = underVisaLabel
                || CONTEXT.matcher(text).find()
                || tokens(text, false).stream().anyMatch(t -> !t.weak());
        for (String clause : CLAUSE.split(text)) {
            // statuses are found in the whole clause (a list member is known by its neighbours: "GC, H4-EAD, TN"),
            // then each belongs to the comma-separated part it starts in
            List<Token> clauseTokens = tokens(clause, strongContext);
            List<String> parts = new ArrayList<>();
            List<List<Token>> tokens = new ArrayList<>();
            Matcher separator = PART_SEPARATOR.matcher(clause);
            int from = 0;
            while (from <= clause.length()) {
                int to = separator.find(from) ? separator.start() : clause.length();
                int partStart = from;
                parts.add(clause.substring(partStart, to));
                tokens.add(clauseTokens.stream()
                        .filter(t -> t.start() >= partStart && t.start() < to)
                        .map(t -> new Token(t.start() - partStart, t.end() - partStart, t.values(), t.weak()))
                        .toList());
                if (to == clause.length()) {
                    break;
                }
                from = separator.end();
            }
            int[] polarity = new int[parts.size()]; // 1 accepts, -1 refuses, 0 unmarked
            boolean[] leading = new boolean[parts.size()];
            boolean[] condition = new boolean[parts.size()];
            for (int p = 0; p < parts.size(); p++) {
                String part = parts.get(p);
                List<Token> ts = tokens.get(p);
                if (ts.isEmpty()) {
                    continue;
                }
                Matcher lead = LEAD_NEGATION.matcher(part);
                Matcher trail = TRAIL_NEGATION.matcher(part);
                if (lead.find() && lead.start() < ts.get(ts.size() - 1).start()) {
                    int negationEnd = lead.end();
                    Token object = ts.stream()
                            .filter(t -> t.start() >= negationEnd)
                            .findFirst()
                            .orElse(null);
                    if (object != null
                            && EMPLOYMENT_CONDITION
                                    .matcher(part.substring(0, object.start()))
                                    .find()) {
                        // "No C2C for H1B": the refusal is of an employment type; the status is its condition
                        condition[p] = true;
                        continue;
                    }
                    polarity[p] = -1;
                    leading[p] = true;
                } else if (trail.find() && trail.start() >= ts.get(0).end()) {
                    polarity[p] = -1;
                } else if (ACCEPTING.matcher(part).find()) {
                    polarity[p] = 1;
                }
            }
            // unmarked parts follow a refusal before them, or one after them that ends the list
            for (int p = 1; p < parts.size(); p++) {
                if (polarity[p] == 0
                        && polarity[p - 1] == -1
                        && (leading[p - 1] || tokens.get(p - 1).isEmpty())) {
                    polarity[p] = -1;
                    leading[p] = true;
                }
            }
            for (int p = parts.size() - 2; p >= 0; p--) {
                if (polarity[p] == 0 && polarity[p + 1] == -1 && !leading[p + 1]) {
                    polarity[p] = -1;
                }
            }
            for (int p = 0; p < parts.size(); p++) {
                String part = parts.get(p);
                Matcher lead = LEAD_NEGATION.matcher(part);
                int negFrom = polarity[p] == -1 && leading[p] && lead.find() ? lead.start() : Integer.MAX_VALUE;
                for (Token t : tokens.get(p)) {
                    if (condition[p]) {
                        continue;
                    }
                    boolean refused =
                            polarity[p] == -1 && (!leading[p] || t.start() >= negFrom || negFrom == Integer.MAX_VALUE);
                    if (!refused && t.values().equals(VISA_INDEPENDENT)) {
                        independent = true;
                        continue;
                    }
                    (refused ? excluded : accepted).addAll(t.values());
                }
            }
        }
        if (independent && accepted.isEmpty()) {
            accepted.addAll(VISA_INDEPENDENT);
        }
        accepted.removeAll(excluded);
        return new Terms(accepted, excluded);
    }

    private static List<Token> tokens(String text, boolean strongContext) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            Set<WorkAuthorization> v = EnumSet.noneOf(WorkAuthorization.class);
            boolean weak = false;
            if (m.group("independent") != null) {
                v.addAll(VISA_INDEPENDENT);
            } else if (m.group("stem") != null) {
                v.add(WorkAuthorization.STEM_OPT);
            } else if (m.group("gcead") != null) {
                v.add(WorkAuthorization.GC_EAD);
            } else if (m.group("h4ead") != null) {
                v.add(WorkAuthorization.H4_EAD);
            } else if (m.group("l2ead") != null) {
                v.add(WorkAuthorization.L2_EAD);
            } else if (m.group("optead") != null) {
                v.add(WorkAuthorization.OPT_EAD);
            } else if (m.group("ead") != null) {
                v.addAll(EADS);
            } else if (m.group("usc") != null) {
                String u = m.group("usc").toLowerCase(Locale.ROOT);
                weak = u.startsWith("citizenship") || u.equals("citizen") || u.equals("citizens");
                v.add(WorkAuthorization.US_CITIZEN);
            } else if (m.group("gc") != null) {
                v.add(WorkAuthorization.GREEN_CARD);
                weak = m.group("gc").equalsIgnoreCase("gc");
            } else if (m.group("h1b") != null) {
                v.add(WorkAuthorization.H1B);
            } else if (m.group("cpt") != null) {
                v.add(WorkAuthorization.CPT);
            } else if (m.group("h4") != null) {
                v.add(WorkAuthorization.H4_EAD);
                weak = true;
            } else if (m.group("l2") != null) {
                if (L2_NOT_VISA.matcher(text.substring(m.end())).find()
                        || text.substring(0, m.start()).matches("(?is).*\\b(l1|l3)\\s*/\\s*$")) {
                    continue;
                }
                v.add(WorkAuthorization.L2_EAD);
                weak = true;
            } else if (m.group("tn") != null) {
                // after a separator, "TN" is a status only as the next member of a list of statuses ("GC, TN"), not a
                // state after a city ("Nashville, TN")
                boolean listMember = !out.isEmpty()
                        && LIST_GAP.matcher(
                                        text.substring(out.get(out.size() - 1).end(), m.start()))
                                .matches();
                if (!listMember
                        && !TN_BEFORE_STATUS.matcher(text.substring(m.end())).find()) {
                    continue;
                }
                v.add(WorkAuthorization.TN);
                weak = true;
            } else if (m.group("e3") != null) {
                // "E3" names the visa before "visa" or a separator, or as the next member of a list of statuses
                boolean listMember = !out.isEmpty()
                        && LIST_GAP.matcher(
                                        text.substring(out.get(out.size() - 1).end(), m.start()))
                                .matches();
                if (!listMember && !E3_BEFORE.matcher(text.substring(m.end())).find()) {
                    continue;
                }
                v.add(WorkAuthorization.E3);
                weak = true;
            }
            out.add(new Token(m.start(), m.end(), v, weak));
        }
        boolean list = weakList(text, out);
        if (!strongContext && !out.isEmpty() && out.stream().allMatch(Token::weak) && !list) {
            return List.of();
        }
        if (!strongContext) {
            List<Token> strong = new ArrayList<>();
            boolean anyStrong = list || out.stream().anyMatch(t -> !t.weak());
            for (Token t : out) {
                if (!t.weak() || anyStrong) {
                    strong.add(t);
                }
            }
            return strong;
        }
        return out;
    }

    /**
     * Two weak statuses next to each other as members of one list ("Need GC or Citizen", "GC/citizens only") name
     * statuses; one alone ("GC tuning") may not.
     */
    private static boolean weakList(String text, List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            String gap = text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
            if (!gap.isBlank() && LIST_GAP.matcher(gap).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The statuses named in a resume's work-authorization text, first first. */
    static List<WorkAuthorization> named(String text) {
        Set<WorkAuthorization> out = new LinkedHashSet<>();
        for (Token t : tokens(text, true)) {
            if (t.values().size() == 1) {
                out.addAll(t.values());
            }
        }
        return List.copyOf(out);
    }
}
