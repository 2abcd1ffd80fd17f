package com.benchcrm.extraction.rules;

import com.benchcrm.common.WorkAuthorization;
import com.benchcrm.extraction.ExtractedLocation;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ExtractedVisa;
import com.benchcrm.extraction.ResumeExtraction;
import com.benchcrm.extraction.Sourced;
import com.benchcrm.skills.SkillTaxonomy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resume text (from plain text, PDF or DOCX) to a {@link ResumeExtraction}, by rules. */
final class ResumeRules {

    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(technical skills|skills|key skills|core skills|skill set|skillset|technologies|core competencies|competencies|"
                    + "tools|technical expertise|expertise|areas of expertise|summary|professional summary|profile|objective|"
                    + "career objective|experience|professional experience|work experience|employment history|education|"
                    + "certifications?|projects?|achievements|personal details|contact|languages)\\s*:?\\s*$");
    private static final Pattern SKILL_HEADING = Pattern.compile(
            "(?i)^(technical skills|skills|key skills|core skills|skill set|skillset|technologies|core competencies|competencies|tools|technical expertise|expertise|areas of expertise)\\b.*");
    private static final Pattern SUMMARY_HEADING = Pattern.compile("(?i)^(summary|professional summary|profile|objective|career objective|about me)\\s*:?\\s*$");
    private static final Pattern TOTAL_YEARS = Pattern.compile(
            "(?i)(?:total (?:it )?experience|overall experience|experience)\\s*[:\\-]?\\s*(\\d{1,2}(?:\\.\\d)?)\\s*\\+?\\s*(?:years?|yrs?)"
                    + "|(\\d{1,2}(?:\\.\\d)?)\\s*\\+?\\s*(?:years?|yrs?)\\s+(?:of\\s+)?(?:total\\s+|overall\\s+|professional\\s+|it\\s+|industry\\s+|relevant\\s+)*experience");
    private static final Pattern LOCATION_LABEL = Pattern.compile("(?i)^(location|address|current location|city|based in)\\s*[:\\-]\\s*(.+)$");
    private static final Pattern NAME_LABEL = Pattern.compile("(?i)^(name|full name|candidate name|consultant name)\\s*[:\\-]\\s*(.+)$");
    private static final Pattern TITLE_LABEL = Pattern.compile("(?i)^(title|designation|current (title|role|designation)|role|position)\\s*[:\\-]\\s*(.+)$");
    private static final Pattern VISA_LABEL = Pattern.compile("(?i)^(visa|visa status|work authori[sz]ation|work status|immigration status|status)\\s*[:\\-]\\s*(.+)$");
    private static final Pattern PERSON = Pattern.compile("^[A-Z][a-zA-Z.'’-]+(?:\\s+[A-Z][a-zA-Z.'’-]*){1,3}$");

    /** The resume schema's limits: a longer "name" or "title" is a paragraph a label happened to start. */
    private static final int MAX_NAME = 200;
    private static final int MAX_TITLE = 200;

    private final SkillTaxonomy taxonomy;

    ResumeRules(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    ResumeExtraction extract(String text) {
        List<Text.Line> all = Text.lines(text);
        List<String> lines = all.stream().map(Text.Line::text).filter(l -> !l.isBlank()).toList();

        Sourced<String> name = null;
        Sourced<String> email = null;
        Sourced<String> phone = null;
        List<Sourced<String>> titles = new ArrayList<>();
        ExtractedLocation location = null;
        Sourced<WorkAuthorization> auth = null;
        for (String l : lines) {
            Matcher m;
            if (name == null && (m = NAME_LABEL.matcher(l)).matches()) {
                name = Sourced.of(fits(Text.trimValue(m.group(2)), MAX_NAME), l);
            }
            if (email == null && (m = Contacts.EMAIL.matcher(l)).find()) {
                email = Sourced.of(m.group(), l);
            }
            if (phone == null && (m = Contacts.PHONE.matcher(l)).find()) {
                phone = Sourced.of(m.group().trim(), l);
            }
            if ((m = TITLE_LABEL.matcher(l)).matches() && titles.size() < 5) {
                Sourced<String> title = Sourced.of(fits(Titles.clean(m.group(3)), MAX_TITLE), l);
                if (title != null) {
                    titles.add(title);
                }
            }
            if (location == null && (m = LOCATION_LABEL.matcher(l)).matches()) {
                List<ExtractedLocation> found = Places.parse(m.group(2), l);
                if (!found.isEmpty()) {
                    location = found.get(0);
                }
            }
            if (auth == null && (m = VISA_LABEL.matcher(l)).matches()) {
                ExtractedVisa v = Fields.visa(m.group(2), l, List.of());
                if (v != null && !v.accepted().isEmpty()) {
                    auth = Sourced.of(v.accepted().get(0), l);
                }
            }
        }
        if (name == null) {
            for (String l : lines.subList(0, Math.min(5, lines.size()))) {
                String t = l.replaceAll("(?i)\\b(resume|curriculum vitae|cv)\\b", "").trim();
                // a section heading ("PROFESSIONAL SUMMARY") is not a name
                if (PERSON.matcher(t).matches() && !HEADING.matcher(t).matches() && !SUMMARY_HEADING.matcher(t).matches()
                        && !Titles.ROLE.matcher(t).find() && taxonomy.scan(t).isEmpty()) {
                    name = Sourced.of(t, l);
                    break;
                }
            }
        }
        if (titles.isEmpty()) {
            for (String l : lines.subList(0, Math.min(12, lines.size()))) {
                if (l.length() <= 80 && Titles.ROLE.matcher(l).find() && !l.contains("@") && !Contacts.PHONE.matcher(l).find()
                        && !l.toLowerCase(Locale.ROOT).matches(".*\\b(i|my|me|years|experience|responsible)\\b.*")) {
                    Sourced<String> title = Sourced.of(fits(Titles.clean(l.replaceAll("(?i)^(designation|title)\\s*[:\\-]\\s*", "")),
                            MAX_TITLE), l);
                    if (title != null) {
                        titles.add(title);
                        break;
                    }
                }
            }
        }
        if (location == null) {
            for (String l : lines.subList(0, Math.min(15, lines.size()))) {
                List<ExtractedLocation> found = Places.findInText(l, l);
                if (!found.isEmpty()) {
                    location = found.get(0);
                    break;
                }
            }
        }
        if (auth == null) {
            for (String l : lines) {
                if (l.matches("(?i).*\\b(visa|citizen|green card|gc|h-?1b|ead|authori[sz]ed to work)\\b.*") && l.length() < 200) {
                    ExtractedVisa v = Fields.visa(null, null, List.of(l));
                    if (v != null && !v.accepted().isEmpty()) {
                        auth = Sourced.of(v.accepted().get(0), l);
                        break;
                    }
                }
            }
        }

        Sourced<BigDecimal> years = null;
        for (String l : lines) {
            Matcher m = TOTAL_YEARS.matcher(l);
            if (m.find()) {
                String y = m.group(1) != null ? m.group(1) : m.group(2);
                BigDecimal v = new BigDecimal(y);
                if (v.compareTo(BigDecimal.valueOf(60)) <= 0) {
                    years = Sourced.of(v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros(), l);
                    break;
                }
            }
        }

        // skills: the skills sections as lists, then technologies named anywhere
        Set<String> seen = new LinkedHashSet<>();
        List<ExtractedSkill> skills = new ArrayList<>();
        boolean inSkills = false;
        for (Text.Line line : all) {
            String l = line.text();
            if (l.isBlank()) {
                continue;
            }
            if (HEADING.matcher(l).matches() || (SKILL_HEADING.matcher(l).matches() && l.endsWith(":"))) {
                inSkills = SKILL_HEADING.matcher(l).matches();
                continue;
            }
            String listPart = l;
            Matcher labelled = Pattern.compile("^([A-Za-z /&()-]{2,40}):\\s*(.+)$").matcher(l);
            boolean skillLabel = labelled.matches() && SKILL_HEADING.matcher(labelled.group(1).trim()).matches();
            if (skillLabel) {
                listPart = labelled.group(2);
            }
            if (inSkills || skillLabel || (labelled.matches() && inSkills)) {
                for (String item : listPart.split("\\s*[,;|•]\\s*")) {
                    for (var s : taxonomy.resolveListItem(item)) {
                        if (seen.add(s.id())) {
                            skills.add(new ExtractedSkill(s.name(), s.id(), true, null, l));
                        }
                    }
                }
            } else {
                for (var m : taxonomy.scan(l)) {
                    if (!m.skill().generic() && seen.add(m.skill().id())) {
                        skills.add(new ExtractedSkill(m.skill().name(), m.skill().id(), true, null, l));
                    }
                }
            }
            if (skills.size() >= 100) {
                break;
            }
        }

        Sourced<String> summary = null;
        for (int i = 0; i < all.size(); i++) {
            if (SUMMARY_HEADING.matcher(all.get(i).text()).matches()) {
                StringBuilder b = new StringBuilder();
                for (int j = i + 1; j < all.size() && !HEADING.matcher(all.get(j).text()).matches() && b.length() < 2000; j++) {
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
        return new ResumeExtraction(name, email, phone, titles, skills, years, location, auth, summary,
                DeterministicExtractor.ENGINE, null, taxonomy.version(), null, List.of());
    }

    /** The value when it is non-blank and at most {@code max} characters, else null. */
    private static String fits(String value, int max) {
        return value == null || value.isBlank() || value.length() > max ? null : value;
    }
}
