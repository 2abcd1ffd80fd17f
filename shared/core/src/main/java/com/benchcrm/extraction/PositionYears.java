package com.benchcrm.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resume's total years of experience counted from the dates of its positions, for a resume that states no total
 * ("January 2015 to Present", "Mar 2019 - Jun 2021", "2012 - 2015", "06/2016 – 12/2018"): the positions of the
 * experience section (or of the whole resume outside its education, when it has no experience heading), overlapping
 * positions counted once, "Present" being today. Ranges with both months count both months ("Jan 2020 - Dec 2020"
 * is a year); ranges of years only count the difference ("2012 - 2015" is three years). A start after today, an
 * end before the start or a year before 1960 is no position.
 *
 * <p>A stated total is the candidate's own claim and wins: this is what a recruiter would add up by hand when there
 * is none (ADR 0121).
 */
public final class PositionYears {

    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

    /** A month and year, a month number and year, or a year; the groups named with {@code p} ("s" start, "e" end). */
    private static String date(String p) {
        return "(?:(?<" + p + "m>" + MONTH + ")\\s*,?\\s*|(?<" + p + "n>\\d{1,2})\\s*/\\s*)?(?<" + p
                + "y>(?:19|20)\\d{2})";
    }

    /** A position's dates: "2020–2022", "Mar 2021 - Present", "January 2015 to Present", "06/2016 - 12/2018". */
    public static final String RANGE = date("s")
            + "\\s*(?:to|till|until|-|–|—)\\s*(?:(?<present>present|current|now|till date|to date|date|today)|"
            + date("e") + ")";

    /** The heading of the experience section. */
    public static final Pattern EXPERIENCE_HEADING = Pattern.compile(
            "(?i)^(?:work experience|professional experience|experience|employment|employment history|work history|"
                    + "career history|relevant experience|experience details)\\s*[:\\-]*\\s*$");

    /** The heading of a section other than the experience. */
    public static final Pattern OTHER_HEADING = Pattern.compile(
            "(?i)^(?:education|education details|academic details|academics?|academia|qualifications?|educational qualifications?|"
                    + "skills?|technical skills|key skills|certifications?|projects?|academic projects?|personal details|"
                    + "additional information|languages|awards|achievements|interests|hobbies|references|training)\\s*[:\\-]*\\s*$");

    private static final Pattern RANGE_PATTERN = Pattern.compile("(?i)" + RANGE);

    /** A line of a resume without an experience heading that is about studies, not work. */
    private static final Pattern STUDIES = Pattern.compile(
            "(?i).*\\b(university|college|school|institute|academy|b\\.?\\s?tech|b\\.?\\s?e|b\\.?\\s?sc|m\\.?\\s?tech|"
                    + "mca|bca|bachelor'?s?|master'?s?|degree|diploma|ssc|hsc|cgpa|gpa|graduat\\w*|class of)\\b.*");

    private static final int MAX_YEARS = 60;

    /**
     * @param years     the total, in years to one decimal
     * @param source    the first dated line counted
     * @param positions the number of date ranges counted
     */
    public record Counted(BigDecimal years, String source, int positions) {}

    private record Span(int from, int to) {}

    private PositionYears() {}

    /** The total of the resume's dated positions, or empty when it dates none. */
    public static Optional<Counted> of(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> lines =
                text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        boolean hasExperience =
                lines.stream().anyMatch(l -> EXPERIENCE_HEADING.matcher(l).matches());
        boolean inExperience = !hasExperience;
        int now = today.getYear() * 12 + today.getMonthValue() - 1;
        List<Span> spans = new ArrayList<>();
        String source = null;
        for (String l : lines) {
            if (EXPERIENCE_HEADING.matcher(l).matches()) {
                inExperience = true;
                continue;
            }
            if (OTHER_HEADING.matcher(l).matches()) {
                inExperience = false;
                continue;
            }
            if (!inExperience
                    || l.length() > 300
                    || (!hasExperience && STUDIES.matcher(l).matches())) {
                continue;
            }
            Matcher m = RANGE_PATTERN.matcher(l);
            while (m.find()) {
                Span s = span(m, now);
                if (s != null) {
                    spans.add(s);
                    source = source == null ? l : source;
                }
            }
        }
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        spans.sort(Comparator.comparingInt(Span::from));
        int months = 0;
        int from = spans.get(0).from();
        int to = spans.get(0).to();
        for (Span s : spans.subList(1, spans.size())) {
            if (s.from() <= to) {
                to = Math.max(to, s.to());
            } else {
                months += to - from;
                from = s.from();
                to = s.to();
            }
        }
        months += to - from;
        if (months < 1 || months > MAX_YEARS * 12) {
            return Optional.empty();
        }
        BigDecimal years = BigDecimal.valueOf(months)
                .divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return Optional.of(new Counted(years.scale() < 0 ? years.setScale(0) : years, source, spans.size()));
    }

    /** One range as months since year 0 ([from, to)), or null when it is no position. */
    private static Span span(Matcher m, int now) {
        Integer startMonth = month(m.group("sm"), m.group("sn"));
        int startYear = Integer.parseInt(m.group("sy"));
        int end;
        boolean bothMonths;
        if (m.group("present") != null) {
            end = now;
            bothMonths = startMonth != null;
        } else {
            Integer endMonth = month(m.group("em"), m.group("en"));
            int endYear = Integer.parseInt(m.group("ey"));
            bothMonths = startMonth != null && endMonth != null;
            end = endYear * 12 + (endMonth == null ? (startMonth == null ? 0 : 11) : endMonth - 1);
            if (end > now) {
                return null;
            }
        }
        int start = startYear * 12 + (startMonth == null ? 0 : startMonth - 1);
        // "Jan 2020 - Dec 2020" is twelve months: the end month is worked too
        int to = bothMonths ? end + 1 : end;
        if (startYear < 1960 || start > now || to <= start) {
            return null;
        }
        return new Span(start, Math.min(to, now + 1));
    }

    private static Integer month(String name, String number) {
        if (name != null) {
            return monthOf(name);
        }
        if (number != null) {
            int n = Integer.parseInt(number);
            return n >= 1 && n <= 12 ? n : null;
        }
        return null;
    }

    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    /** A month written as a name or its abbreviation ("Jan", "January", "Sept."), 1-12; 0 when it is none. */
    public static int monthOf(String name) {
        int at = name.length() < 3 ? -1 : MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT));
        return at < 0 || at % 3 != 0 ? 0 : at / 3 + 1;
    }
}
