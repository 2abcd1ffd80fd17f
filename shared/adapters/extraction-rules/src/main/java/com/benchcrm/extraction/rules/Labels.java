package com.benchcrm.extraction.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Label: value" lines, the backbone of vendor requirement mails ("Role: Java Developer",
 * "Location : Dallas, TX", "Mode Of Interview : Face to Face"), with the label mapped to a field.
 * A label line without a value owns the list lines that follow it ("Skills:" and bullets).
 */
final class Labels {

    /** The fields a label can name. */
    enum Key {
        TITLE,
        LOCATION,
        DURATION,
        RATE,
        VISA,
        CLIENT,
        END_CLIENT,
        IMPLEMENTATION_PARTNER,
        PRIME_VENDOR,
        INTERVIEW,
        EXPERIENCE,
        SKILLS,
        NICE_SKILLS,
        START,
        WORK_MODE,
        EMPLOYMENT,
        DOMAIN,
        /** The hiring department or work unit ("Division/Work Unit: Management Information Systems"): context, never skills. */
        DEPARTMENT,
        NOTE,
        CONTACT
    }

    private static final Map<String, Key> SYNONYMS = new LinkedHashMap<>();

    static {
        put(
                Key.TITLE,
                "role",
                "roles",
                "position",
                "positions",
                "job title",
                "title",
                "job role",
                "job position",
                "opening",
                "designation",
                "job",
                "position title",
                "role name",
                "requirement",
                "job name",
                "post",
                "vacancy",
                "position name",
                "job opening",
                "profile");
        put(
                Key.LOCATION,
                "location",
                "locations",
                "work location",
                "job location",
                "city",
                "place",
                "work site",
                "site",
                "location(s)",
                "loc",
                "worksite",
                "project location",
                "office location");
        put(
                Key.DURATION,
                "duration",
                "contract",
                "term",
                "length",
                "contract duration",
                "project duration",
                "tenure",
                "contract length",
                "assignment length",
                "engagement",
                "contract term",
                "project length",
                "duration of contract");
        put(
                Key.RATE,
                "rate",
                "pay rate",
                "bill rate",
                "budget",
                "salary",
                "compensation",
                "pay",
                "hourly rate",
                "max rate",
                "rate range",
                "billing rate",
                "c2c rate",
                "w2 rate",
                "package");
        put(
                Key.VISA,
                "visa",
                "visas",
                "work authorization",
                "work authorisation",
                "work auth",
                "visa status",
                "visa type",
                "eligibility",
                "citizenship",
                "visa requirement",
                "visa requirements",
                "authorization",
                "status",
                "immigration");
        put(
                Key.CLIENT,
                "client",
                "client name",
                "customer",
                "company",
                "hiring company",
                "client company",
                "client/end client",
                "client / end client");
        put(
                Key.END_CLIENT,
                "end client",
                "end customer",
                "end-client",
                "final client",
                "end client name",
                "ultimate client",
                "endclient",
                "end-customer");
        put(
                Key.IMPLEMENTATION_PARTNER,
                "implementation partner",
                "implementation partners",
                "implementation vendor",
                "ip",
                "impl partner",
                "implementing partner",
                "system integrator",
                "si partner",
                "partner");
        put(Key.PRIME_VENDOR, "prime vendor", "prime", "msp", "prime contractor", "managed service provider", "vms");
        put(
                Key.INTERVIEW,
                "interview",
                "interview mode",
                "mode of interview",
                "interview process",
                "interview type",
                "interviews",
                "interview rounds",
                "mode of interviews",
                "interview details");
        put(
                Key.EXPERIENCE,
                "experience",
                "exp",
                "years of experience",
                "total experience",
                "yrs of exp",
                "experience level",
                "years",
                "minimum experience",
                "experience required",
                "yoe",
                "work experience");
        put(
                Key.SKILLS,
                "skills",
                "required skills",
                // a certification is a skill the desk matches on: "Certifications: Salesforce Administrator (ADM 201)"
                "certifications",
                "certification",
                "certifications required",
                "required certifications",
                "certification required",
                "must have",
                "must haves",
                "must have skills",
                "mandatory skills",
                "primary skills",
                "key skills",
                "technical skills",
                "skill set",
                "skillset",
                "tech stack",
                "technologies",
                "skills required",
                "core skills",
                "top skills",
                "requirements",
                "required",
                "qualifications",
                "required qualifications",
                "must-have",
                "must-have skills",
                "technical requirements",
                "key requirements",
                "skill",
                "mandatory",
                "primary skill",
                "tools");
        put(
                Key.NICE_SKILLS,
                "preferred certifications",
                "nice to have",
                "good to have",
                "preferred skills",
                "desired skills",
                "secondary skills",
                "preferred",
                "desired",
                "nice-to-have",
                "good-to-have",
                "plus",
                "bonus",
                "preferred qualifications",
                "nice to haves",
                "optional skills",
                "secondary skill");
        put(
                Key.START,
                "start date",
                "start",
                "availability",
                "starting date",
                "tentative start date",
                "start by",
                "joining");
        put(
                Key.WORK_MODE,
                "work mode",
                "work type",
                "mode of work",
                "work arrangement",
                "remote",
                "onsite",
                "remote/onsite",
                "onsite/remote",
                "work model",
                "working model",
                "hybrid",
                "remote option",
                "work from home");
        put(
                Key.EMPLOYMENT,
                "employment type",
                "tax term",
                "tax terms",
                "job type",
                "position type",
                "contract type",
                "employment",
                "type",
                "engagement type",
                "hire type",
                "job category");
        put(Key.DOMAIN, "domain", "industry", "sector", "business domain", "vertical");
        put(Key.DEPARTMENT, "department", "dept", "division", "work unit", "division/work unit", "business unit");
        put(Key.NOTE, "note", "notes", "nb", "n.b", "important", "remarks", "comments");
        put(
                Key.CONTACT,
                "email",
                "e-mail",
                "phone",
                "mobile",
                "cell",
                "desk",
                "contact",
                "tel",
                "direct",
                "fax",
                "desk number",
                "primary",
                "internal extension",
                "linkedin",
                "skype id",
                "gtalk");
    }

    private static void put(Key key, String... names) {
        for (String n : names) {
            SYNONYMS.put(n, key);
        }
    }

    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(?:\\d{1,2}\\s*[).:-]\\s*)?([A-Za-z][A-Za-z /&().#'’-]{0,40}?)\\s*(?:[:：]{1,2}|=)(?:\\s*[-–—>]{1,2})?\\s*(.*)$");
    /** "End Client - Acme Bank", "Mode of interview – Video": a known label, then a dash with spaces around it. */
    private static final Pattern DASH_LABEL =
            Pattern.compile("^\\s*([A-Za-z][A-Za-z /&().#'’-]{0,40}?)\\s+[-–—]{1,2}\\s+(\\S.*)$");

    /** A known label and its value as the two cells of a table row ("Location | Houston, TX"); no third cell. */
    private static final Pattern TABLE_ROW_LABEL =
            Pattern.compile("^\\s*([A-Za-z][A-Za-z /&().#'’-]{0,40}?)\\s*\\|\\s*([^|]*[^|\\s][^|]*)$");

    /**
     * Another label inside a label's value, after a bar, a semicolon, a tab or a comma: "Location: Austin, TX |
     * Duration: 12 months", "Client: Comcast; End Client: Xfinity", "Rate: $60/hr on C2C, Duration: 12 months". Only
     * a known label counts ({@link #keyOf}), so "Skills: Java, Spring: Boot" stays one value.
     */
    private static final Pattern INLINE_LABEL =
            Pattern.compile("(?:\\s*\\|{1,2}\\s*|\\s*;\\s*|\\t+|,\\s+)([A-Za-z][A-Za-z /&'’-]{0,30}?)\\s*:\\s*(?=\\S)");

    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:\\(?\\d{1,2}[).]|#\\d{1,2}|(?:requirement|req|position|job|role|opening)\\s*#?\\s*\\d{1,2})\\s*[:.)-]?\\s*",
            Pattern.CASE_INSENSITIVE);

    /** One label line. {@code index} is the line's position in the text's lines. */
    record Label(Key key, String label, String value, String line, int index) {}

    private Labels() {}

    private static final Pattern SKILLS_LIKE = Pattern.compile(
            "^[a-z0-9 .#+/&-]{0,30}\\b(skills?|skill ?sets?|tech(nical)? stack|technologies|tools and technologies|expertise)( required| needed| mandatory)?$");
    private static final Pattern NICE_LIKE =
            Pattern.compile("^[a-z0-9 .#+/&-]{0,30}\\b(nice to have|good to have|preferred|desired)( skills)?$");

    static Key keyOf(String label) {
        String l = label.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("\\s+", " ")
                .trim();
        l = l.replaceAll("^(the|our|job|position)\\s+(?=(title|location|duration|type)$)", "");
        Key k = SYNONYMS.get(l);
        if (k != null) {
            return k;
        }
        // "Implementation Partner (IP)": an abbreviation in brackets after the label
        String bare = l.replaceAll("\\s*\\([a-z./ ]{1,12}\\)$", "");
        if (!bare.equals(l) && SYNONYMS.containsKey(bare)) {
            return SYNONYMS.get(bare);
        }
        // "Client/Customer", "Prime Vendor/IP": two names of one field, the first known one
        if (l.contains("/")) {
            for (String part : l.split("\\s*/\\s*")) {
                Key p = SYNONYMS.get(part);
                if (p != null) {
                    return p;
                }
            }
        }
        // "Salesforce skills required", "Cloud/DevOps technologies", "AWS nice to have"
        if (NICE_LIKE.matcher(l).matches()) {
            return Key.NICE_SKILLS;
        }
        if (SKILLS_LIKE.matcher(l).matches() && !l.matches(".*\\b(soft|communication|interpersonal)\\b.*")) {
            return Key.SKILLS;
        }
        return null;
    }

    /** The label lines of {@code lines}, list items folded into value-less labels. */
    static List<Label> find(List<Text.Line> lines) {
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            String stripped = NUMBERING.matcher(text).replaceFirst("");
            Matcher m = LABEL.matcher(stripped);
            if (!m.matches()) {
                m = DASH_LABEL.matcher(stripped);
                if (!m.matches() || keyOf(m.group(1)) == null) {
                    // a two-column table row of an HTML mail: "Job Title | Senior Data Engineer"
                    m = TABLE_ROW_LABEL.matcher(stripped);
                    if (!m.matches() || keyOf(m.group(1)) == null) {
                        continue;
                    }
                }
            }
            Key key = keyOf(m.group(1));
            if (key == null) {
                continue;
            }
            String value = m.group(2).trim();
            if (value.isEmpty()
                    && (key == Key.SKILLS || key == Key.NICE_SKILLS || key == Key.LOCATION || key == Key.VISA)) {
                StringBuilder items = new StringBuilder();
                int j = i + 1;
                while (j < lines.size() && j <= i + 40) {
                    Text.Line next = lines.get(j);
                    if (next.text().isEmpty()) {
                        if (items.length() > 0
                                && (j + 1 >= lines.size() || !lines.get(j + 1).bullet())) {
                            break;
                        }
                        j++;
                        continue;
                    }
                    Matcher nm = LABEL.matcher(NUMBERING.matcher(next.text()).replaceFirst(""));
                    if (nm.matches() && keyOf(nm.group(1)) != null && !next.bullet()) {
                        break;
                    }
                    items.append(items.length() == 0 ? "" : "\n").append(next.text());
                    j++;
                }
                value = items.toString();
            }
            if (value.isEmpty()) {
                continue;
            }
            String label = m.group(1).trim();
            // "Location: Austin, TX | Duration: 12 months | Client: Comcast": one label per field, not one line's worth
            value = barsBeforeSpacedLabels(value);
            Matcher next = INLINE_LABEL.matcher(value);
            while (next.find()) {
                Key nextKey = keyOf(next.group(1));
                if (nextKey == null || next.start() == 0) {
                    continue;
                }
                out.add(new Label(key, label, value.substring(0, next.start()).trim(), text, i));
                key = nextKey;
                label = next.group(1).trim();
                value = value.substring(next.end()).trim();
                next = INLINE_LABEL.matcher(value);
            }
            if (!value.isEmpty()) {
                out.add(new Label(key, label, value, text, i));
            }
        }
        return out;
    }

    /**
     * A known label set apart by spaces alone ("Location: Frisco, TX    Duration: 12 months    Visa: H1B", whose runs
     * of spaces and tabs the line reader has collapsed) gets a bar before it, as if written "... | Duration: ...".
     * Only a known label ({@link #keyOf}) starting with a capital: "Frisco, TX Visa:" splits before "Visa", not "TX".
     */
    static String barsBeforeSpacedLabels(String value) {
        Matcher m = SPACED_LABEL.matcher(value);
        StringBuilder out = null;
        int last = 0;
        int labelEnd = 0; // a label's own words are no label's start ("End Client": not "Client")
        while (m.find()) {
            if (m.start() == 0 || m.start() < labelEnd || keyOf(m.group(1)) == null) {
                continue;
            }
            labelEnd = m.end(1);
            if (";,|".indexOf(value.charAt(m.start() - 1)) >= 0) {
                continue; // a separator is already there ("Partner: X; End Client: Y")
            }
            if (out == null) {
                out = new StringBuilder();
            }
            out.append(value, last, m.start()).append(" | ");
            last = m.end();
        }
        return out == null ? value : out.append(value.substring(last)).toString();
    }

    /** A space before a capitalised label and its colon, the label not consumed (each space is tried in turn). */
    private static final Pattern SPACED_LABEL =
            Pattern.compile("\\s+(?=([A-Z][a-z][A-Za-z /&'’-]{0,29}?)\\s*:\\s*\\S)");

    static String stripNumbering(String line) {
        return NUMBERING.matcher(line).replaceFirst("");
    }

    static boolean startsNumbered(String line) {
        return NUMBERING.matcher(line).lookingAt() && !line.trim().matches("^\\d{1,2}[).]?\\s*$");
    }
}
