package com.benchcrm.extraction.rules;

import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.skills.Skill;
import com.benchcrm.skills.SkillMention;
import com.benchcrm.skills.SkillTaxonomy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Skills of a requirement: the items of skill lists ("Skills: Java, Spring Boot, k8s"), the
 * technologies named in its title and its lines, each normalized by the taxonomy, marked
 * nice-to-have where the text says so, with the years asked for where a line says "5+ years ...".
 */
final class Skills {

    private static final Pattern NICE = Pattern.compile(
            "(?i)\\b(preferred|nice[- ]to[- ]have|good[- ]to[- ]have|is a plus|a plus|plus\\b|desired|desirable|bonus|optional|"
                    + "added advantage|advantageous|familiarity|exposure to|would be great|helpful)\\b");
    private static final Pattern REQUIRED = Pattern.compile("(?i)\\b(must|required|mandatory|strong|expert|minimum|need|needs)\\b");
    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*(?:[,;|\\n•]|\\band\\b|\\s&\\s)\\s*");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(equal opportunity|eoe|we are an|is an information technology services firm|providing comprehensive|"
                    + "unsubscribe|not intended to be a solicitation|at-will|disclaimer|confidential|if you have received this|"
                    + "greetings from|my name is|working as|please (let me know|find|share|send|forward|reply)|"
                    + "forward your resume|share your (updated )?resume|send (me )?your|refer anyone|follow us|connect with me)");

    private final Map<String, ExtractedSkill> found = new LinkedHashMap<>();
    private final SkillTaxonomy taxonomy = SkillTaxonomy.standard();

    List<ExtractedSkill> result() {
        return List.copyOf(found.values());
    }

    /** Items of a skills label value; all are skills the recruiter typed, generic ones included. */
    void fromList(String value, String source, boolean required) {
        for (String item : LIST_SPLIT.split(value)) {
            String it = Text.trimValue(item);
            if (it.isEmpty() || it.length() > 80) {
                if (it.length() > 80) {
                    fromLine(it, it, required);
                }
                continue;
            }
            boolean nice = !required || NICE.matcher(it).find();
            BigDecimal years = yearsIn(it);
            for (Skill s : taxonomy.resolveListItem(it)) {
                add(s, !nice, years, source);
            }
        }
    }

    /** Technologies named in a title (always required). */
    void fromTitle(String title, String source) {
        for (SkillMention m : taxonomy.scan(title, true)) {
            if (!m.skill().generic()) {
                add(m.skill(), true, null, source);
            }
        }
    }

    /** Technologies named in a line of running text; generic practices are left out (they are in every mail). */
    void fromLine(String rawLine, String source, boolean requiredByDefault) {
        if (BOILERPLATE.matcher(rawLine).find()) {
            return;
        }
        String line = Text.withoutUrls(rawLine);
        boolean nice = !requiredByDefault || (NICE.matcher(line).find() && !REQUIRED.matcher(line).find());
        List<SkillMention> mentions = taxonomy.scan(line);
        Matcher years = Fields.YEARS.matcher(line);
        int yearsEnd = -1;
        BigDecimal y = null;
        if (years.find()) {
            y = new BigDecimal(years.group(1));
            yearsEnd = years.end();
        }
        int paren = line.indexOf('(');
        for (SkillMention m : mentions) {
            if (m.skill().generic()) {
                continue;
            }
            // "5+ years experience using Force.com (… SOQL …)": the years go to the skills before the bracket
            BigDecimal skillYears = y != null && m.start() >= yearsEnd - 1 && (paren < 0 || m.start() < paren)
                    && m.start() - yearsEnd < 60 ? y : null;
            add(m.skill(), !nice, skillYears, source);
        }
    }

    /** A responsibility ("Convert user stories into technical solutions"): only concrete technologies count. */
    void fromDutyLine(String rawLine, String source) {
        if (BOILERPLATE.matcher(rawLine).find()) {
            return;
        }
        for (SkillMention m : taxonomy.scan(Text.withoutUrls(rawLine))) {
            String c = m.skill().category();
            if (!m.skill().generic() && !c.equals("technique") && !c.equals("methodology")) {
                add(m.skill(), true, null, source);
            }
        }
    }

    private void add(Skill s, boolean required, BigDecimal years, String source) {
        ExtractedSkill prev = found.get(s.id());
        if (prev == null) {
            found.put(s.id(), new ExtractedSkill(s.name(), s.id(), required, years, source));
            return;
        }
        BigDecimal y = prev.years() == null ? years : years == null ? prev.years() : prev.years().max(years);
        found.put(s.id(), new ExtractedSkill(prev.name(), prev.skillId(), prev.required() || required, y, prev.source()));
    }

    private static BigDecimal yearsIn(String text) {
        Matcher m = Fields.YEARS.matcher(text);
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    static boolean isBoilerplate(String line) {
        return BOILERPLATE.matcher(line).find();
    }

    static List<ExtractedSkill> limit(List<ExtractedSkill> skills, int max) {
        return skills.size() <= max ? skills : new ArrayList<>(skills.subList(0, max));
    }
}
