package com.benchcrm.extraction.rules;

import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.extraction.ExtractedLocation;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ResumeExtraction;
import com.benchcrm.extraction.Sourced;
import com.benchcrm.skills.Skill;
import com.benchcrm.skills.SkillMention;
import com.benchcrm.skills.SkillTaxonomy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resume text (from plain text, PDF or DOCX) to a {@link ResumeExtraction}, by rules, for the
 * layouts real resumes have: a headline under the name, headings in capitals or with colons
 * ("TECHNICAL SKILLS", "Skill Details", "Education Details"), skills with their experience
 * ("JAVA- Exprience - 60 months", "Selenium (5 years)", "Python | 7 | 2026", "JIRA&lt;tab&gt;96
 * months", "Git - Less than 1 year"), category lines ("Cloud: AWS, Azure"), bullets in broken
 * encodings (repaired first, see {@link Mojibake}), places in the US and India, and the work
 * authorization under a label or a heading of its own.
 */
final class ResumeRules {

    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(technical skills|skills?|key skills|core skills|skill set|skillset|skill details|skills? summary|technologies|"
                    + "technical proficiency|core competencies|competencies|tools|technical expertise|expertise|areas of expertise|"
                    + "summary|professional summary|experience summary|career summary|profile|professional profile|objective|"
                    + "career objective|about me|experience|professional experience|work experience|employment|employment history|"
                    + "work history|education|education details|academic details|qualifications|certifications?|projects?|"
                    // "Project #1", "Project 2": a numbered project starts the experience, not a skills line
                    + "projects?\\s*(?:#|no\\.?)?\\s*\\d{1,2}|project details|project profile|"
                    + "company details|achievements|personal details|contact|languages|links|additional information|"
                    + "work authori[sz]ation|visa status|citizenship|awards|interests|hobbies|references)\\s*:?\\s*$");
    private static final Pattern SKILL_HEADING = Pattern.compile(
            "(?i)^(technical skills|skills?|key skills|core skills|skill set|skillset|skill details|skills? summary|technologies|"
                    + "technical proficiency|core competencies|competencies|tools|technical expertise|expertise|areas of expertise)\\b.*");
    private static final Pattern AUTH_HEADING =
            Pattern.compile("(?i)^(work authori[sz]ation|visa status|visa|citizenship|immigration status)\\s*:?\\s*$");
    private static final Pattern SUMMARY_HEADING = Pattern.compile(
            "(?i)^(summary|professional summary|experience summary|career summary|profile|professional profile|objective|career objective|about me)\\s*:?\\s*$");
    private static final Pattern TOTAL_YEARS = Pattern.compile(
            "(?i)(?:total (?:it |work |professional )?experience|overall experience|total exp|experience)\\s*(?:of\\s*)?[:\\-–—]?\\s*(\\d{1,2}(?:\\.\\d)?)\\s*\\+?\\s*"
                    + "(?:years?|yrs?)(?:\\s*(?:and\\s*)?(\\d{1,2})\\s*months?)?"
                    + "|(\\d{1,2}(?:\\.\\d)?)\\s*\\+?\\s*(?:years?|yrs\\.?|yr)(?:\\s*(?:and\\s*)?(\\d{1,2})\\s*months?)?\\s+(?:of\\s+)?"
                    // up to five words between, none ending a sentence: "2 years of IT/Presales/Project Management
                    // experience", "22 years of rich national & international experience", "4yrs. of solid work
                    // experience"
                    + "(?:[\\w/&,'-]+\\s+){0,5}?(?:experience|exp\\b|in (?:the )?(?:it|software|industry))"
                    + "|(\\d{1,2})\\s*\\+\\s*(?:exp|experience)\\b"); // "6+ Exp in banking operations"
    private static final Pattern YEARS_MANAGING = Pattern.compile(
            "(?i)^(?:summary\\s*:\\s*|over\\s+|around\\s+|about\\s+|nearly\\s+)?(\\d{1,2})\\s*\\+?\\s*(?:years?|yrs?)\\s+(?:of\\s+)?"
                    + "(?:managing|leading|building|delivering|working|developing|designing|in)\\b");
    private static final Pattern LOCATION_IN_TEXT = Pattern.compile(
            "(?i)\\b(?:current location|currently (?:based|located|living) in|based (?:out of|in)|located in|residing in|living in)\\s*(?:is\\s*)?[:\\-]?\\s*(.+)$");
    private static final Pattern LOCATION_LABEL =
            Pattern.compile("(?i)^(location|address|current location|city|based in|residence)\\s*[:\\-]\\s*(.+)$");
    private static final Pattern NAME_LABEL =
            Pattern.compile("(?i)^(name|full name|candidate name|consultant name)\\s*[:\\-]\\s*(.+)$");
    private static final Pattern TITLE_LABEL = Pattern.compile(
            "(?i)^(title|designation|current (?:title|role|designation|position)|role|position|job title|professional title)\\s*[:\\-]\\s*(.+)$");
    private static final Pattern VISA_LABEL = Pattern.compile(
            "(?i)^(visa|visa status|work authori[sz]ation|work status|immigration status|status|citizenship|work permit)\\s*[:\\-]\\s*(.+)$");
    private static final Pattern PERSON =
            Pattern.compile("^[A-Z][a-zA-Z.'’-]+(?:\\s+[A-Z][a-zA-Z.'’-]*){1,3}(?:,\\s*[A-Z]{2,5})?$");
    /** "JAVA- Exprience - 60 months", "Spring Boot - Experience - Less than 1 year months". */
    private static final Pattern EXPERIENCE_DASH = Pattern.compile(
            "(?i)^(.{1,60}?)\\s*[-–:]\\s*ex(?:p|e)?e?r?i?e?nce\\s*[-–:]\\s*(less than 1 year|\\d{1,3}(?:\\.\\d)?)\\s*(months?|years?|yrs?)?\\s*(?:months?)?\\s*$");
    /** "Selenium (5 years)", "Postman (Less than 1 year)". */
    private static final Pattern YEARS_IN_BRACKETS = Pattern.compile(
            "(?i)^(.{1,60}?)\\s*\\((less than 1 year|\\d{1,2}(?:\\.\\d)?)\\s*\\+?\\s*(years?|yrs?|months?)?\\)$");
    /** "JIRA<tab>96 months", "Python | 7", "SQL: 5 years", "Tableau - 24 months". */
    private static final Pattern YEARS_CELL = Pattern.compile(
            "(?i)^(.{1,60}?)\\s*(?:\\||\\t|:|\\s-\\s)\\s*(less than 1 year|\\d{1,3}(?:\\.\\d)?)\\s*\\+?\\s*(months?|years?|yrs?)?(?:\\s*(?:\\||\\t).*)?$");

    private static final Pattern CATEGORY = Pattern.compile("^([A-Za-z][A-Za-z /&().-]{1,30}?)\\s*[:\\t]\\s*(.+)$");
    /**
     * The separators of a contact line's parts ("Email: x | Phone: y | Location: Dallas, TX"), and the space before a
     * capitalised label word ("Visa:", not the "TX" before it) when the parts were set apart by spaces alone ("Email:
     * x   Mobile: y   Location: Frisco, TX   Visa: H1B", whose runs of spaces the line reader has collapsed).
     */
    /** The labels of two capitalised words a resume writes ("Visa Status:", "Professional Title:"). */
    private static final String TWO_WORD_LABELS = "(?:Visa Status|Work Authori[sz]ation|Work Status|Work Permit"
            + "|Immigration Status|Current Location|Current (?:Title|Role|Designation|Position)|Job Title"
            + "|Professional Title|Full Name|Candidate Name|Consultant Name|(?:Phone|Mobile|Contact|Cell) (?:Number|No)"
            + "|E-?mail (?:Id|ID|Address)|LinkedIn Profile|(?:Total|Overall|Relevant) Experience|Notice Period)";

    private static final Pattern STARTS_WITH_TWO_WORD_LABEL = Pattern.compile("^" + TWO_WORD_LABELS + "\\s?:");

    // only the two-word labels above, so "Techno-Functional Consultant Phone:" splits before "Phone", not "Consultant"
    private static final Pattern CONTACT_PARTS = Pattern.compile("\\s*[|\u2022\u00b7]\\s*|\\s+(?=(?:" + TWO_WORD_LABELS
            + "|[A-Z][a-z][A-Za-z]{0,14}\\s[a-z][A-Za-z]{0,14}|[A-Z][a-z][A-Za-z]{0,14})\\s?:\\s)");

    /**
     * A contact line's parts ({@link #CONTACT_PARTS}), a two-word label kept whole ("Professional Title: X" is not
     * "Professional" and "Title: X"); never empty.
     */
    static List<String> contactParts(String line) {
        List<String> out = new ArrayList<>();
        for (String part : CONTACT_PARTS.split(line)) {
            int last = out.size() - 1;
            if (last >= 0) {
                String prev = out.get(last);
                String lastWord = prev.substring(prev.lastIndexOf(' ') + 1);
                if (STARTS_WITH_TWO_WORD_LABEL
                        .matcher(lastWord + " " + part.trim())
                        .find()) {
                    out.set(last, prev + " " + part.trim());
                    continue;
                }
            }
            out.add(part);
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    private static final Pattern CATEGORY_BAR = Pattern.compile("^([A-Za-z][A-Za-z /&().-]{1,30}?)\\s*\\|\\s*(.+)$");
    private static final Pattern SPLIT = Pattern.compile("\\s*[,;|•·▪●◦]\\s*|\\s+/\\s+|\\t+");

    /** The resume schema's limits: a longer "name" or "title" is a paragraph a label happened to start. */
    private static final int MAX_NAME = 200;

    private static final int MAX_TITLE = 200;

    private final SkillTaxonomy taxonomy;

    ResumeRules(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    ResumeExtraction extract(String text) {
        List<Text.Line> all = Text.layoutLines(text);
        List<String> lines =
                all.stream().map(Text.Line::text).filter(l -> !l.isBlank()).toList();

        Sourced<String> name = null;
        Sourced<String> email = null;
        Sourced<String> phone = null;
        List<Sourced<String>> titles = new ArrayList<>();
        ExtractedLocation location = null;
        Sourced<WorkAuthorization> auth = null;
        int firstHeading = -1;
        int firstTitleLabel = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            Matcher m;
            if (firstHeading < 0 && HEADING.matcher(l).matches()) {
                firstHeading = i;
            }
            // "Name: X   Email: y", "Role: X   Phone: y": a column layout's labels, each read from its own part
            List<String> parts = contactParts(l);
            if (name == null && (m = NAME_LABEL.matcher(parts.get(0).trim())).matches()) {
                name = Sourced.of(fits(Text.trimValue(m.group(2)), MAX_NAME), l);
            }
            if (email == null && (m = Contacts.EMAIL.matcher(l)).find()) {
                email = Sourced.of(m.group(), l);
            }
            if (phone == null && (m = Contacts.PHONE.matcher(l)).find()) {
                phone = Sourced.of(m.group().trim(), l);
            }
            if ((m = TITLE_LABEL.matcher(parts.get(0).trim())).matches() && titles.size() < 5) {
                String t = fits(Titles.clean(m.group(2)), MAX_TITLE);
                if (t != null) {
                    titles.add(Sourced.of(t, l));
                    firstTitleLabel = firstTitleLabel < 0 ? i : firstTitleLabel;
                }
            }
            if (location == null) {
                // "Location: Irving, TX", or one part of a contact line ("Visa: H1B | Location: Irving, TX | ...")
                for (String part : parts) {
                    if ((m = LOCATION_LABEL.matcher(part.trim())).matches()) {
                        location = place(m.group(2), l);
                        break;
                    }
                }
            }
            for (int k = 0; auth == null && k < parts.size(); k++) {
                if ((m = VISA_LABEL.matcher(parts.get(k).trim())).matches()) {
                    auth = authorization(m.group(2), l);
                }
            }
            if (auth == null && AUTH_HEADING.matcher(l).matches() && i + 1 < lines.size()) {
                auth = authorization(lines.get(i + 1), lines.get(i + 1));
            }
        }
        if (name == null) {
            for (String l : lines.subList(0, Math.min(5, lines.size()))) {
                String[] parts = l.replaceAll("(?i)\\b(resume|curriculum vitae|cv)\\b", "")
                        .split("\\s*[|•·]\\s*");
                // "Chris Placeholder, PMP, CSM": the credentials after the name are not part of it
                String t = parts.length == 0
                        ? ""
                        : CREDENTIALS_AFTER_NAME.matcher(parts[0].trim()).replaceFirst("");
                // a section heading ("PROFESSIONAL SUMMARY") is not a name
                if (PERSON.matcher(t).matches()
                        && !HEADING.matcher(t).matches()
                        && !SUMMARY_HEADING.matcher(t).matches()
                        && !Titles.ROLE.matcher(t).find()
                        && taxonomy.scan(t).isEmpty()) {
                    name = Sourced.of(t, l);
                    break;
                }
            }
        }
        if (titles.isEmpty() || (firstHeading >= 0 && firstTitleLabel > firstHeading)) {
            // the headline under the name is the candidate's title; a "Role:" line inside a project of the experience
            // section is what they did on that project ("Role: Functional Consultant" under "Offshore SAP CRM
            // Functional Consultant"), kept after it
            Sourced<String> headline = headline(lines, name);
            if (headline != null && titles.stream().noneMatch(t -> t.value().equalsIgnoreCase(headline.value()))) {
                titles.add(0, headline);
            }
        }
        if (titles.isEmpty()) {
            // no title at the top: the most recent position's, the summary's headline (ADR 0079 follow-up)
            Sourced<String> recent = RecentTitles.of(lines);
            if (recent != null) {
                titles.add(recent);
            }
        }
        if (location == null) {
            for (String l : lines) {
                Matcher m = LOCATION_IN_TEXT.matcher(l);
                if (m.find()) {
                    location = place(m.group(1), l);
                    if (location != null) {
                        break;
                    }
                }
            }
        }
        if (location == null) {
            for (String l : lines.subList(0, Math.min(15, lines.size()))) {
                if (l.matches("(?i).*\\b(university|college|institute|school|technology)\\b.*")) {
                    continue;
                }
                location = place(l, l);
                if (location != null) {
                    break;
                }
            }
        }
        if (auth == null) {
            for (String l : lines) {
                if (l.matches("(?i).*\\b(visa|citizen|green card|gc|h-?1b|h4|l2|ead|opt|authori[sz]ed to work)\\b.*")
                        && l.length() < 200) {
                    auth = authorization(l, l);
                    if (auth != null) {
                        break;
                    }
                }
            }
        }

        Sourced<BigDecimal> years = totalYears(lines);
        List<ExtractedSkill> skills = skills(all);

        Sourced<String> summary = null;
        for (int i = 0; i < all.size(); i++) {
            if (SUMMARY_HEADING.matcher(all.get(i).text()).matches()) {
                StringBuilder b = new StringBuilder();
                for (int j = i + 1;
                        j < all.size() && !HEADING.matcher(all.get(j).text()).matches() && b.length() < 2000;
                        j++) {
                    if (!all.get(j).text().isBlank()) {
                        b.append(b.isEmpty() ? "" : " ").append(all.get(j).text());
                    }
                }
                if (!b.isEmpty()) {
                    summary = Sourced.of(b.toString(), all.get(i).text());
                }
                break;
            }
        }
        return new ResumeExtraction(
                name,
                email,
                phone,
                titles,
                skills,
                years,
                location,
                auth,
                summary,
                DeterministicExtractor.ENGINE,
                null,
                taxonomy.version(),
                null,
                List.of());
    }

    // ----------------------------------------------------------------------------------- title

    /**
     * The title a resume opens with: the line under the name ("Senior Java Developer", "DEVOPS
     * ENGINEER", "Data Engineer | Chicago, IL", "SOFTWARE ENGINEER · FULL STACK DEVELOPER"), or the
     * line right before the skills heading where the resume gives its category there.
     */
    private static Sourced<String> headline(List<String> lines, Sourced<String> name) {
        int from = 0;
        if (name != null) {
            int at = lines.indexOf(name.source());
            from = at < 0 ? 0 : at + 1;
        }
        for (int i = from; i < Math.min(lines.size(), from + 4); i++) {
            Sourced<String> t = titleOf(lines.get(i));
            if (t != null) {
                return t;
            }
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).matches("(?i)^skill details\\s*:?$")) {
                Sourced<String> t = titleOf(lines.get(i - 1));
                if (t != null) {
                    return t;
                }
            }
        }
        for (int i = 0; i < Math.min(12, lines.size()); i++) {
            Sourced<String> t = titleOf(lines.get(i));
            if (t != null) {
                return t;
            }
        }
        // the first role of the experience: "Software Engineer Oct 2016 - Present", "FULL STACK DEVELOPER INTERN June
        // 2018 - July 2018"
        for (String l : lines) {
            Matcher m = ROLE_WITH_DATES.matcher(l);
            if (m.matches()) {
                Sourced<String> t = titleOf(m.group(1));
                if (t != null) {
                    return Sourced.of(t.value(), l);
                }
            }
        }
        return null;
    }

    private static final Pattern ROLE_WITH_DATES = Pattern.compile(
            "(?i)^(.{3,60}?)\\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+)?(?:19|20)\\d{2}\\s*[-–]\\s*"
                    + "(?:present|current|now|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+)?(?:19|20)\\d{2})\\s*$");

    private static Sourced<String> titleOf(String line) {
        if (line.length() > 160 || HEADING.matcher(line).matches() || RecentTitles.hasDateRange(line)) {
            return null; // a dated line is an experience entry: RecentTitles reads its parts
        }
        // a header of fields between bars: "Alex Person | QA Automation Engineer | alex@example.com | (555) ..."
        String[] fields = line.split("\\s+[|•·]\\s+");
        for (int i = 0; i < Math.min(3, fields.length); i++) {
            Sourced<String> t = titleOfField(fields.length == 1 ? line : fields[i]);
            if (t != null) {
                return Sourced.of(t.value(), line);
            }
        }
        return null;
    }

    private static Sourced<String> titleOfField(String line) {
        if (line.length() > 120) {
            return null;
        }
        // "Test Analyst at Oracle, Hyderabad", "Systems Engineer, Infosys Bangalore", "Architect - Microsoft India"
        String[] parts = line.split("\\s*[|•·]\\s*|\\s+[-–—]\\s+|\\s+(?:at|in|with|@)\\s+|,\\s*");
        String first = parts.length == 0 ? "" : parts[0].trim();
        if (first.contains("@")) {
            return null;
        }
        if (first.matches("(?i).*\\b(i|my|me|responsible|worked|working|years|months|present|university|college)\\b.*")
                || Contacts.PHONE.matcher(first).find()) {
            return null;
        }
        String title =
                Layout.titlePhrase(first.toUpperCase(Locale.ROOT).equals(first) ? Titles.normalizeCase(first) : first);
        return title == null ? null : Sourced.of(Titles.clean(title), line);
    }

    // ------------------------------------------------------------------------------ places, auth

    private static ExtractedLocation place(String text, String source) {
        String t = text.replaceAll("(?i)\\s*-\\s*email me on indeed.*$", "")
                // a labelled contact field runs to the next separator ("Email: x | Phone: y | Dallas, TX")
                .replaceAll("(?i)\\b(e-?mail|tel|phone|mobile|cell)\\s*:[^|•·]*", "")
                .trim();
        ExtractedLocation in = Places.india(t);
        if (in != null) {
            return new ExtractedLocation(in.city(), in.state(), in.country(), source);
        }
        // "Example Payments Inc. — Seattle, WA": an employer and its place are parts too
        for (String part : t.split("\\s*[|•·]\\s*|\\s+[-–—]\\s+")) {
            List<ExtractedLocation> parsed = Places.parse(part, source);
            if (!parsed.isEmpty()
                    && parsed.get(0).state() != null
                    && part.length() < 60
                    && !Contacts.PHONE.matcher(part).find()) {
                return parsed.get(0);
            }
        }
        List<ExtractedLocation> found = Places.findInText(t, source);
        return found.isEmpty() ? null : found.get(0);
    }

    private static Sourced<WorkAuthorization> authorization(String text, String source) {
        List<WorkAuthorization> named = Visas.named(text);
        if (named.isEmpty()) {
            return null;
        }
        // "Green Card holder (GC EAD)", "H4 EAD (authorized to work for any employer)": the most specific status
        WorkAuthorization best = named.get(0);
        for (WorkAuthorization w : named) {
            if (w.name().endsWith("_EAD") || w == WorkAuthorization.STEM_OPT) {
                best = w;
                break;
            }
        }
        return Sourced.of(best, source);
    }

    // ----------------------------------------------------------------------------------- years

    /** "a decade", "two decades" of experience. */
    private static final Pattern DECADES = Pattern.compile("(?i)\\b(?:a|one)\\s+decade\\b|\\b(two|2)\\s+decades\\b");

    /** Credentials written after a name ("Chris Placeholder, PMP, CSM", "Pat Example, MBA, CISSP"). */
    private static final Pattern CREDENTIALS_AFTER_NAME =
            Pattern.compile("(\\s*,\\s*[A-Z][A-Za-z]{0,2}[A-Z](?:[-/][A-Z]+)?\\.?)+$");

    /**
     * Years after a role in a resume's headline, at its end or between its parts: "AI/ML Engineer (GenAI) — 9 years",
     * "Salesforce Developer | 7 Years | Platform Developer I & II Certified".
     */
    private static final Pattern HEADLINE_YEARS =
            Pattern.compile("(?i)\\s[-–—|,]\\s*(\\d{1,2})\\s*\\+?\\s*(?:years?|yrs?)\\.?\\s*(?:$|[-–—|,•·]\\s)");

    /** "Site reliability engineer with 11 years in infrastructure": the years of the role the resume is about. */
    private static final Pattern ROLE_WITH_YEARS = Pattern.compile("(?i)\\b(?:" + Titles.ROLE_NOUNS
            + ")\\s+with\\s+(?:over\\s+|more than\\s+|nearly\\s+|about\\s+|around\\s+)?"
            + "(\\d{1,2})\\s*\\+?\\s*(?:years?|yrs?)\\b");

    private static Sourced<BigDecimal> totalYears(List<String> lines) {
        Sourced<BigDecimal> loose = null;
        for (String l : lines.subList(0, Math.min(4, lines.size()))) {
            Matcher h = HEADLINE_YEARS.matcher(l);
            if (h.find() && Titles.ROLE.matcher(l.substring(0, h.start())).find()) {
                loose = Sourced.of(new BigDecimal(h.group(1)), l);
                break;
            }
        }
        for (String raw : lines) {
            if (perSkillYears(raw) != null) {
                continue;
            }
            // "Nine years of experience", "over a decade of experience": the numbers as digits
            String l =
                    Fields.numerals(DECADES.matcher(raw).replaceAll(d -> d.group(1) == null ? "10 years" : "20 years"));
            Matcher m = TOTAL_YEARS.matcher(l);
            if (m.find()) {
                BigDecimal v =
                        new BigDecimal(m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5));
                String months = m.group(2) != null ? m.group(2) : m.group(4);
                if (months != null) {
                    v = v.add(BigDecimal.valueOf(Integer.parseInt(months))
                            .divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP));
                }
                if (v.compareTo(BigDecimal.valueOf(60)) <= 0) {
                    return Sourced.of(strip(v), raw);
                }
            }
            Matcher managing = YEARS_MANAGING.matcher(l);
            if (loose == null && managing.find()) {
                loose = Sourced.of(new BigDecimal(managing.group(1)), raw);
            }
            Matcher role = ROLE_WITH_YEARS.matcher(l);
            if (loose == null && role.find()) {
                loose = Sourced.of(new BigDecimal(role.group(1)), raw);
            }
        }
        return loose;
    }

    // ---------------------------------------------------------------------------------- skills

    private record Entry(String name, BigDecimal years, String source) {}

    /** One skill and its experience on a line ("JAVA- Exprience - 60 months", "Python | 7", "SQL: 5 years"), or null. */
    private static Entry perSkillYears(String line) {
        for (Pattern p : List.of(EXPERIENCE_DASH, YEARS_IN_BRACKETS, YEARS_CELL)) {
            Matcher m = p.matcher(line.trim());
            if (m.matches()) {
                String skill = m.group(1).trim().replaceAll("[-–:|]+$", "").trim();
                if (skill.isEmpty() || skill.matches("(?i).*\\b(total|overall|experience|years?|since)\\b.*")) {
                    return null;
                }
                return new Entry(skill, years(m.group(2), m.group(3)), line);
            }
        }
        return null;
    }

    /** "60" months is 5, "Less than 1 year" is 0.5, "7" (years) is 7. */
    static BigDecimal years(String n, String unit) {
        if (n.toLowerCase(Locale.ROOT).startsWith("less")) {
            return new BigDecimal("0.5");
        }
        BigDecimal v = new BigDecimal(n);
        if (unit != null && unit.toLowerCase(Locale.ROOT).startsWith("m")) {
            v = v.divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP);
        }
        return strip(v);
    }

    private List<ExtractedSkill> skills(List<Text.Line> lines) {
        Map<String, ExtractedSkill> found = new LinkedHashMap<>();
        boolean inSkills = false;
        boolean monthsTable = false;
        for (Text.Line line : joinWrappedParentheses(lines)) {
            String raw = line.text();
            // a profile link ("https://www.linkedin.com/in/...", "indeed.com/r/...") names no skill (HTTP, LinkedIn)
            String l = Text.withoutUrls(raw);
            if (l.isBlank()) {
                continue;
            }
            if (HEADING.matcher(l).matches() || (SKILL_HEADING.matcher(l).matches() && l.endsWith(":"))) {
                inSkills = SKILL_HEADING.matcher(l).matches();
                monthsTable = false;
                continue;
            }
            if (inSkills && l.matches("(?i)^skills?( name)?\\s*(\\||\\t).*")) {
                monthsTable = l.toLowerCase(Locale.ROOT).contains("month");
                continue; // the header row of a skills table
            }
            // "Skills: Java, Spring ... Education Details" (a heading run into the list)
            Matcher labelled =
                    Pattern.compile("^([A-Za-z /&()-]{2,40}):\\s*(.+)$").matcher(l);
            boolean skillLabel = labelled.matches()
                    && SKILL_HEADING.matcher(labelled.group(1).trim()).matches();
            Entry entry = inSkills || skillLabel ? null : perSkillYears(l);
            if (inSkills || skillLabel) {
                String listPart = skillLabel ? labelled.group(2) : l;
                Entry row = perSkillYears(listPart);
                if (row != null && !listPart.contains(",")) {
                    BigDecimal y = monthsTable
                                    && !listPart.toLowerCase(Locale.ROOT).matches(".*\\b(years?|yrs?)\\b.*")
                                    && row.years().compareTo(BigDecimal.valueOf(12)) > 0
                            ? row.years().divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP)
                            : row.years();
                    addItem(found, row.name(), strip(y), raw);
                    continue;
                }
                Matcher category = CATEGORY.matcher(listPart);
                if (!category.matches()) {
                    // "Databases | Oracle 19c, PostgreSQL": a category then a bar, in a table turned into text
                    Matcher bar = CATEGORY_BAR.matcher(listPart);
                    if (bar.matches() && isCategory(bar.group(1).trim())) {
                        category = bar;
                    }
                }
                // "Workday: HCM (Core HCM, Compensation), EIB, Studio": a platform's items are its modules
                List<String> labelPlatforms = !skillLabel && category.matches()
                        ? Skills.platformsIn(category.group(1).trim())
                        : List.of();
                if (!skillLabel
                        && category.matches()
                        && isCategory(category.group(1).trim())) {
                    listPart = category.group(2); // "Cloud: AWS, Azure": the category is no skill of its own
                } else if (!labelPlatforms.isEmpty()) {
                    addItem(found, category.group(1).trim(), null, raw);
                    listPart = category.group(2);
                }
                listPart = platformModules(found, listPart, raw);
                for (String item : SPLIT.split(listPart)) {
                    Entry e = perSkillYears(item.trim());
                    Optional<Skill> module = e != null || labelPlatforms.isEmpty()
                            ? Optional.empty()
                            : Skills.onPlatform(taxonomy, item.trim(), labelPlatforms)
                                    .filter(m -> m.parentId() != null);
                    if (module.isPresent()) {
                        add(found, module.get(), null, raw);
                    } else if (e != null) {
                        addItem(found, e.name(), e.years(), raw);
                    } else {
                        addItem(
                                found,
                                item.replaceAll("(?i)\\b(education|company|personal) details\\b.*$", ""),
                                null,
                                raw);
                    }
                }
            } else if (entry != null) {
                addItem(found, entry.name(), entry.years(), raw);
            } else if (!DEGREE.matcher(l).find()) { // "B.Tech in Electronics": a field of study, not a skill
                List<String> platforms = Skills.platformsIn(l);
                for (SkillMention mention : taxonomy.scan(l)) {
                    SkillMention m = Skills.onLinePlatform(taxonomy, mention, platforms);
                    if (!m.skill().generic() && !m.namesAJob()) {
                        add(found, m.skill(), null, raw);
                    }
                }
            }
            if (found.size() >= 100) {
                break;
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The modules in brackets after a platform are read as the platform's ("Glue" as AWS Glue, "EMR" as Amazon
     * EMR, not electronic health records); the rest of the list is returned with the platform alone in their place.
     * A bracketed item that is no module of the platform is read as any list item.
     */
    private String platformModules(Map<String, ExtractedSkill> found, String listPart, String source) {
        return Skills.platformModules(taxonomy, listPart, SPLIT, (module, item) -> add(found, module, null, source));
    }

    /** A degree line: "B.E in Electronics & Communication", "Bachelor of Engineering", "Electronics Engineering degree". */
    private static final Pattern DEGREE = Pattern.compile(
            "(?i)^\\W*(?:(?:[bm]\\.?\\s?(?:tech|e|sc|s|a|com|ca|ba|phil)|ph\\.?\\s?d)\\.?\\s+(?:in|of)\\b"
                    + "|(?:bachelor|master|diploma|doctor)\\S*\\s+(?:of|in|degree)\\b)|\\bdegree\\b");

    /**
     * A parenthesis wrapped onto the next line ("ABAP (Less than 1 year), ACCESS (Less" + "than 1 year), ...", the
     * layout of exported resumes) is one line again, so that "(Less than 1 year)" is read as the years of ACCESS and
     * not as the stylesheet language Less.
     */
    static List<Text.Line> joinWrappedParentheses(List<Text.Line> lines) {
        List<Text.Line> out = new ArrayList<>();
        for (Text.Line line : lines) {
            String t = line.text();
            int close = t.indexOf(')');
            int open = t.indexOf('(');
            if (!out.isEmpty()
                    && close >= 0
                    && close < 25
                    && (open < 0 || close < open)
                    && unclosed(out.get(out.size() - 1).text())) {
                Text.Line prev = out.get(out.size() - 1);
                out.set(out.size() - 1, new Text.Line(prev.text().stripTrailing() + " " + t.strip(), prev.bullet()));
                continue;
            }
            out.add(line);
        }
        return out;
    }

    private static boolean unclosed(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '(') {
                depth++;
            } else if (text.charAt(i) == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** The label of a category line of a skills section ("Languages", "Cloud", "Containers"), not a skill itself. */
    private boolean isCategory(String label) {
        Optional<Skill> s = taxonomy.find(label);
        return s.isEmpty()
                || s.get().generic()
                || Set.of("technique", "practice", "methodology", "platform", "domain")
                        .contains(s.get().category())
                || label.matches(
                        "(?i)(containers?|scripting|languages?|databases?|frameworks?|tools?|cloud|os|web|testing|monitoring)");
    }

    /** A list item: the skill it names (or the skills inside it), with years when the item states them. */
    private void addItem(Map<String, ExtractedSkill> found, String item, BigDecimal years, String source) {
        String it = Text.trimValue(item.replaceAll("(?i)\\((less than 1 year|\\d{1,2}\\s*(years?|yrs?|months?))\\)", "")
                .trim());
        if (it.isEmpty() || it.length() > 80) {
            return;
        }
        Optional<Skill> whole = taxonomy.find(it);
        if (whole.isPresent() && !Skills.PERSON.matcher(it).find()) {
            add(found, whole.get(), years, source);
            return;
        }
        List<Skill> inside = new ArrayList<>();
        for (Skill s : taxonomy.resolveListItem(it)) {
            if (!s.generic()) {
                inside.add(s);
            }
        }
        List<SkillMention> mentions = taxonomy.scan(it, true);
        inside.removeIf(s -> mentions.stream().anyMatch(m -> m.skill().id().equals(s.id()) && m.namesAJob()));
        for (Skill s : inside) {
            add(found, s, inside.size() == 1 ? years : null, source);
        }
    }

    private static void add(Map<String, ExtractedSkill> found, Skill s, BigDecimal years, String source) {
        ExtractedSkill prev = found.get(s.id());
        if (prev == null) {
            found.put(s.id(), new ExtractedSkill(s.name(), s.id(), true, years, source));
        } else if (prev.years() == null && years != null) {
            found.put(
                    s.id(),
                    new ExtractedSkill(prev.name(), prev.skillId(), true, years, prev.version(), prev.source()));
        }
    }

    private static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The value when it is non-blank and at most {@code max} characters, else null. */
    private static String fits(String value, int max) {
        return value == null || value.isBlank() || value.length() > max ? null : value;
    }
}
