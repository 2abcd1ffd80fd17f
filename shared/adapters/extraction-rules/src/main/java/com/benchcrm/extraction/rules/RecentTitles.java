package com.benchcrm.extraction.rules;

import com.benchcrm.extraction.PositionYears;
import com.benchcrm.extraction.Sourced;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resume's title where it does not open with one, read as a recruiter would: the title of the most
 * recent position in the experience section (the line above or beside its dates), else the headline
 * of the summary ("Java developer with 8 years ..." is a Java Developer), else "working as a ...".
 *
 * <p>Precision first: a candidate is taken only when it reads as a job title (at least two words,
 * ending in a role head word such as Developer or Analyst, nothing but a level or a parenthesis
 * after it), so a company line ("Acme Corp - Austin, TX -"), a date line, a section heading or a
 * person's name is never a title; no title is better than a wrong one.
 */
final class RecentTitles {

    private static final String RANGE = PositionYears.RANGE;
    /** A line ending in a date range, with what comes before it: "Senior Java Developer, Acme Corp, 2019 - Present". */
    private static final Pattern DATED = Pattern.compile("(?i)^(.*?)[\\s,|(\\[–—-]*\\(?" + RANGE + "\\)?\\]?[.\\s]*$");

    private static final Pattern EXPERIENCE_HEADING = PositionYears.EXPERIENCE_HEADING;
    private static final Pattern OTHER_HEADING = PositionYears.OTHER_HEADING;
    /** An Indeed-style company line: "Acme Corp -  Austin, TX -" or "Acme Corp -". */
    private static final Pattern COMPANY_LINE = Pattern.compile("^.{0,80}\\s-\\s*$|^-$");
    /** The summary's headline: "Java developer with 8 years of experience", "A QA Analyst with over 5+ years". */
    private static final Pattern WITH_YEARS = Pattern.compile(
            "(?i)^(?:an?\\s+)?(.{3,70}?)\\s+(?:professional\\s+)?(?:with|having)\\s+(?:over\\s+|around\\s+|about\\s+|nearly\\s+|almost\\s+|more than\\s+)?"
                    + "\\d{1,2}(?:\\.\\d)?\\s*\\+?\\s*(?:years?|yrs?)\\b.*");
    /** "Working currently with Acme as a Software Test Engineer with client ...". */
    private static final Pattern WORKING_AS = Pattern.compile(
            "(?i)\\b(?:currently\\s+)?(?:working|employed)\\b(?:\\s+currently)?[^.]{0,80}?\\bas an?\\s+(.{3,60}?)(?=\\s+(?:with|at|in|for|from|since|on)\\b|[,.;()]|$)");
    /**
     * "Working as Senior Test Engineer in Example Technologies from Aug 2021 to till date" (no article, a common
     * layout of Indian resumes): taken only when the phrase is written as a title, every word capitalised and the
     * last a word for a job ({@link #isTitleCaseJob}).
     */
    private static final Pattern WORKING_AS_TITLE = Pattern.compile(
            "\\b(?:[Cc]urrently\\s+)?(?:[Ww]orking|[Ee]mployed)\\s+as\\s+(?!an?\\s)([A-Z][\\w.&/+#-]*(?:\\s+[\\w.&/+#-]+){0,5}?)"
                    + "(?=\\s+(?:with|at|in|for|from|since)\\b|[,;()]|$)");

    private static boolean isTitleCaseJob(String phrase) {
        String[] words = phrase.trim().split("\\s+");
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0))
                    && !LOWER_CONNECTOR.matcher(w).matches()) {
                return false;
            }
        }
        return com.benchcrm.skills.SkillMention.JOB_WORD
                .matcher(words[words.length - 1])
                .matches();
    }

    /** Words that make a line a sentence or something else than a title. */
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "(?i).*\\b(i|my|me|we|you|as|responsible|worked|working|years?|months?|present|university|college|school|institute|"
                    + "job|jobs|seeking|searching|looking|fresher|training|trainee|course|certified|certification|student|"
                    + "limited|ltd|pvt|inc|llc|corp|corporation)\\b.*");

    private static final Pattern LOWER_CONNECTOR = Pattern.compile("(?i)^(of|and|&|for|in|to|the)$");

    private RecentTitles() {}

    private static final Pattern DATE_RANGE = Pattern.compile("(?i)" + RANGE);

    /** Whether a line holds a position's dates ("2020–2022", "Mar 2021 - Present"): an experience entry. */
    static boolean hasDateRange(String line) {
        return DATE_RANGE.matcher(line).find();
    }

    /** The title of a resume that does not open with one, or null. */
    static Sourced<String> of(List<String> lines) {
        Sourced<String> t = mostRecentPosition(lines);
        if (t != null) {
            return t;
        }
        for (String l : lines.subList(0, Math.min(15, lines.size()))) {
            Matcher m = WITH_YEARS.matcher(stripBullet(l));
            if (m.matches()) {
                String title = title(m.group(1));
                if (title != null) {
                    return Sourced.of(title, l);
                }
            }
        }
        for (String l : lines) {
            Matcher m = WORKING_AS_TITLE.matcher(l);
            if (m.find() && isTitleCaseJob(m.group(1))) {
                String title = title(m.group(1));
                if (title != null) {
                    return Sourced.of(title, l);
                }
            }
        }
        for (String l : lines) {
            Matcher m = WORKING_AS.matcher(l);
            // in running text only a capitalized phrase is written as a title ("as a developer and support" is not)
            if (m.find() && Character.isUpperCase(m.group(1).charAt(0))) {
                String title = title(m.group(1));
                if (title != null) {
                    return Sourced.of(title, l);
                }
            }
        }
        return null;
    }

    /**
     * The first dated position of the experience section (or of the whole resume outside its education
     * when it has no experience heading): the title beside the dates, else on one of the two lines above.
     */
    private static Sourced<String> mostRecentPosition(List<String> lines) {
        boolean hasExperience = lines.stream()
                .anyMatch(l -> EXPERIENCE_HEADING.matcher(l.trim()).matches());
        boolean inExperience = !hasExperience;
        int sectionStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).trim();
            if (EXPERIENCE_HEADING.matcher(l).matches()) {
                inExperience = true;
                sectionStart = i + 1;
                continue;
            }
            if (OTHER_HEADING.matcher(l).matches()) {
                inExperience = false;
                continue;
            }
            if (!inExperience || l.length() > 160) {
                continue;
            }
            Matcher m = DATED.matcher(l);
            if (!m.matches()) {
                continue;
            }
            String before = m.group(1).trim();
            if (!before.isEmpty()) {
                // "Senior Java Developer, Acme Corp, 2019 - Present", "Acme Corp | Java Developer | 2019 - 2021"
                for (String part : before.split("\\s*[|•·,]\\s*|\\s+[-–—]\\s+|\\s+(?:at|@)\\s+")) {
                    String title = title(part);
                    if (title != null) {
                        return Sourced.of(title, lines.get(i));
                    }
                }
            }
            for (int j = i - 1; j >= Math.max(sectionStart, i - 2); j--) {
                String above = lines.get(j).trim();
                if (COMPANY_LINE.matcher(above).matches()
                        || DATED.matcher(above).matches()) {
                    continue;
                }
                String title = title(above);
                if (title != null) {
                    return Sourced.of(title, lines.get(j));
                }
            }
            // the first dated position is the most recent one: an untitled one ends the search
            return null;
        }
        return null;
    }

    /** The text as a job title ("software engineer" -> "Software Engineer"), or null when it does not read as one. */
    static String title(String raw) {
        String s = stripBullet(raw).replaceAll("^[(\"'“]+|[\"'”]+$", "").trim();
        // "Team lead - supplier data management", "Admin assistant at Acme", "QA Analyst (Contract), Acme"
        s = s.split("\\s*[|•·,;:]\\s*|\\s+[-–—]\\s+|\\s+(?:at|with|@)\\s+")[0].trim();
        if (s.isEmpty() || s.length() > 70 || s.contains("@") || s.matches(".*\\d{4}.*")) {
            return null;
        }
        if (NOT_A_TITLE.matcher(s).matches() || Contacts.PHONE.matcher(s).find()) {
            return null;
        }
        String cased = capitalize(Titles.normalizeCase(s));
        String phrase = Layout.titlePhrase(cased);
        if (phrase == null) {
            return null;
        }
        String t = Titles.clean(phrase);
        // one word ("Consultant", "Lead", "Associate") says too little to be a title
        String[] words = t.replaceAll("\\s*\\(.*\\)\\s*$", "").trim().split("\\s+");
        if (words.length < 2 || words.length > 8) {
            return null;
        }
        return t;
    }

    /** Capitalizes the lower-case words of a title, connectors aside ("Senior project engineer"). */
    private static String capitalize(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : s.split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (!w.isEmpty()
                    && Character.isLowerCase(w.charAt(0))
                    && !LOWER_CONNECTOR.matcher(w).matches()
                    && !w.matches("(?i)(iOS|iPhone|eCommerce|e-commerce|jQuery|macOS)")) {
                out.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
            } else {
                out.append(w);
            }
        }
        return out.toString();
    }

    private static String stripBullet(String l) {
        return l.replaceFirst("^[\\s•●▪◦*·\\-–✓➢>]+", "").trim();
    }
}
