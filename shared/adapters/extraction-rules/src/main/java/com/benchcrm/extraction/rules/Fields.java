package com.benchcrm.extraction.rules;

import com.benchcrm.common.EmploymentType;
import com.benchcrm.common.RateUnit;
import com.benchcrm.extraction.ExtractedRate;
import com.benchcrm.extraction.ExtractedVisa;
import com.benchcrm.extraction.Sourced;
import com.benchcrm.requirement.InterviewMode;
import com.benchcrm.requirement.WorkMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules for single fields: years, duration, rate, work authorization, work mode, interview, start. */
final class Fields {

    private Fields() {}

    // ------------------------------------------------------------------------------- years

    static final Pattern YEARS = Pattern.compile(
            "(?i)(?<![\\d.$])(\\d{1,2}(?:\\.\\d)?)\\s*(?:\\+|plus)?\\s*(?:(?:-|to|–)\\s*(\\d{1,2})\\s*\\+?\\s*)?(?:years?|yrs?)\\b");
    private static final Pattern YEARS_NOT_EXPERIENCE = Pattern.compile(
            "(?i)(contract|duration|engagement|project|assignment|extension|extendable|term\\b|old|ago|in business|since|"
                    + "decades?|history|for more than|company|firm|we have been|established)");

    /** The first "N+ years" that is about experience, not about a contract or the vendor's history. */
    static Sourced<BigDecimal> years(List<String> lines) {
        for (String line : lines) {
            Matcher m = YEARS.matcher(line);
            while (m.find()) {
                String around = line.substring(Math.max(0, m.start() - 30), Math.min(line.length(), m.end() + 25));
                if (YEARS_NOT_EXPERIENCE.matcher(around).find()
                        && !around.toLowerCase(Locale.ROOT).contains("experience")) {
                    continue;
                }
                BigDecimal y = new BigDecimal(m.group(1));
                if (y.compareTo(BigDecimal.ZERO) > 0 && y.compareTo(BigDecimal.valueOf(40)) <= 0) {
                    return Sourced.of(
                            y.stripTrailingZeros().scale() < 0 ? y.setScale(0) : y.stripTrailingZeros(), line);
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------- duration

    private static final Pattern DURATION = Pattern.compile(
            "(?i)(?<![\\d$])(\\d{1,2})\\s*\\+?\\s*(?:(?:-|to|–)\\s*(\\d{1,2})\\s*\\+?\\s*)?[- ]?(months?|mos?|mnths?|mths?|years?|yrs?|weeks?|wks?)\\b\\s*\\+?");
    private static final Pattern LONG_TERM = Pattern.compile(
            "(?i)\\b(long[- ]term|longterm|ongoing|permanent|full[- ]time|indefinite|multi[- ]year)\\b");
    /** A contract called long term: with or without months, never a permanent position. */
    private static final Pattern LONG_CONTRACT =
            Pattern.compile("(?i)\\b(long[- ]?term|ongoing|indefinite|multi[- ]year|open[- ]ended)\\b");

    private static final Pattern DURATION_CONTEXT = Pattern.compile(
            "(?i)(contract|duration|engagement|project|assignment|term|extension|extendable|long|initial|renewable|month|mos\\b)");

    /** Months and the duration as written, from a duration label value or a line that talks about a contract. */
    record Duration(Sourced<Integer> months, Sourced<String> text) {}

    static Duration duration(String labelValue, String labelLine, List<String> lines, String subject, LocalDate today) {
        if (labelValue != null) {
            Duration d = parseDuration(labelValue, labelLine, true, today);
            if (d != null) {
                return d;
            }
        }
        if (subject != null) {
            for (String part : subject.split("//|\\||\\s-\\s|\\s–\\s|,")) {
                Matcher m = DURATION.matcher(numerals(part));
                if (m.find() && isMonthUnit(m.group(3))) {
                    Duration d = parseDuration(part.trim(), subject, false, today);
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        for (String source : lines) {
            if (!DURATION_CONTEXT.matcher(source).find()) {
                continue;
            }
            String line = numerals(source);
            Matcher m = DURATION.matcher(line);
            while (m.find()) {
                String around = line.substring(Math.max(0, m.start() - 40), Math.min(line.length(), m.end() + 30));
                boolean monthUnit = isMonthUnit(m.group(3));
                boolean contractWords = DURATION_CONTEXT
                        .matcher(around.replaceAll("(?i)months?", ""))
                        .find();
                if ((monthUnit || contractWords)
                        && !around.toLowerCase(Locale.ROOT).contains("experience")) {
                    Duration d = parseDuration(m.group(), source, false, today);
                    if (d != null) {
                        return d;
                    }
                }
            }
            Duration until = untilDate(source, source, false, today);
            if (until != null) {
                return until;
            }
        }
        return null;
    }

    private static final String MONTH_NAME =
            "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    /**
     * A contract that runs to a date: "till Dec 2027", "Through June 30, 2027", "until end of 2027", "ending
     * 12/31/2027". The preposition is needed outside a duration label (a line's bare date is a start or a deadline).
     */
    private static final Pattern UNTIL = Pattern.compile(
            "(?i)\\b(?<to>till|until|untill|thru|through|to|ending|ends?(?:\\s+on)?|end\\s+date)?"
                    + "\\s*:?\\s*(?:the\\s+)?(?:(?:end|close)\\s+of\\s+)?"
                    + "(?:(?<month>" + MONTH_NAME
                    + ")\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+|(?<mm>\\d{1,2})/(?:\\d{1,2}/)?)"
                    + "(?<year>20\\d{2})\\b|\\b(?<to2>till|until|through|thru|by)\\s+(?:the\\s+)?end\\s+of\\s+(?<year2>20\\d{2})\\b");

    /**
     * The months a contract runs: from this month to the month it runs to ("till Dec 2027"), or from the date before
     * that one ("Jan 2027 - Dec 2027", "from Feb 2027 to Sep 2027": both months counted); between 1 and 120, null when
     * the text names no end. Outside a duration label the end needs its preposition; inside one, the last date is
     * the end.
     */
    private static Duration untilDate(String value, String source, boolean fromLabel, LocalDate today) {
        Matcher m = UNTIL.matcher(value);
        List<YearMonth> dates = new ArrayList<>();
        int endIndex = -1;
        String endText = null;
        while (m.find()) {
            YearMonth date;
            if (m.group("year2") != null) {
                date = YearMonth.of(Integer.parseInt(m.group("year2")), 12);
            } else {
                int month = m.group("month") != null
                        ? com.benchcrm.extraction.PositionYears.monthOf(m.group("month"))
                        : Integer.parseInt(m.group("mm"));
                if (month < 1 || month > 12) {
                    continue;
                }
                date = YearMonth.of(Integer.parseInt(m.group("year")), month);
            }
            dates.add(date);
            boolean preposition = m.group("to") != null || m.group("to2") != null;
            if (preposition || fromLabel) {
                endIndex = dates.size() - 1;
                endText = m.group();
                if (preposition) {
                    break;
                }
            }
        }
        if (endIndex < 0) {
            return null;
        }
        YearMonth end = dates.get(endIndex);
        long months = endIndex > 0
                ? dates.get(endIndex - 1).until(end, java.time.temporal.ChronoUnit.MONTHS) + 1
                : YearMonth.from(today).until(end, java.time.temporal.ChronoUnit.MONTHS);
        if (months < 1 || months > 120) {
            return null;
        }
        String written = Text.trimValue(fromLabel ? value : endIndex > 0 ? value : endText);
        return new Duration(
                Sourced.of((int) months, source),
                Sourced.of(written.length() > 120 ? written.substring(0, 120) : written, source));
    }

    private static final String NUMBER_WORDS =
            "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                    + "eighteen|nineteen|twenty[- ]four|twenty|thirty[- ]six";
    /** A number written out with its digits after it: "six (6) months", "Twelve (12) Months". */
    private static final Pattern WORD_AND_DIGITS =
            Pattern.compile("(?i)\\b(?:" + NUMBER_WORDS + ")\\s*\\(\\s*(\\d{1,2})\\s*\\)");
    /** A number written out before a unit of time: "six months", "Twelve Months", "five years". */
    private static final Pattern WORD_BEFORE_UNIT = Pattern.compile(
            "(?i)\\b(" + NUMBER_WORDS + ")(?=\\s*\\+?\\s*[- ]?(?:months?|mos?|mnths?|years?|yrs?|weeks?|wks?)\\b)");

    private static final Map<String, String> NUMBER_VALUES = Map.ofEntries(
            Map.entry("one", "1"),
            Map.entry("two", "2"),
            Map.entry("three", "3"),
            Map.entry("four", "4"),
            Map.entry("five", "5"),
            Map.entry("six", "6"),
            Map.entry("seven", "7"),
            Map.entry("eight", "8"),
            Map.entry("nine", "9"),
            Map.entry("ten", "10"),
            Map.entry("eleven", "11"),
            Map.entry("twelve", "12"),
            Map.entry("thirteen", "13"),
            Map.entry("fourteen", "14"),
            Map.entry("fifteen", "15"),
            Map.entry("sixteen", "16"),
            Map.entry("seventeen", "17"),
            Map.entry("eighteen", "18"),
            Map.entry("nineteen", "19"),
            Map.entry("twenty", "20"),
            Map.entry("twenty four", "24"),
            Map.entry("thirty six", "36"));

    /**
     * Numbers of months and years written out as digits ("six (6) months" and "six months": "6 months"), for a
     * contract's length. Not for experience: spelled-out years in a mail are more often a skill's ("two years of
     * Kafka") than the total asked for (tried: the one real vendor mail of the measuring part lost its years).
     */
    static String numerals(String text) {
        if (text == null) {
            return null;
        }
        String s = WORD_AND_DIGITS.matcher(text).replaceAll("$1");
        return WORD_BEFORE_UNIT
                .matcher(s)
                .replaceAll(m ->
                        NUMBER_VALUES.get(m.group(1).toLowerCase(Locale.ROOT).replace('-', ' ')));
    }

    /** Whether a short text is a contract length ("12 months", "6+ mos", "Long term"). */
    static boolean looksLikeDuration(String text) {
        if (text == null || text.length() > 60) {
            return false;
        }
        Matcher m = DURATION.matcher(text);
        return (m.find() && !text.toLowerCase(Locale.ROOT).contains("experience") && !text.contains("$"))
                || LONG_CONTRACT.matcher(text).find();
    }

    /** "Long term" said of the contract: from the duration label, else a line about the contract or its length. */
    static Sourced<Boolean> longTerm(String labelValue, String labelLine, List<String> lines, String subject) {
        if (labelValue != null && LONG_CONTRACT.matcher(labelValue).find()) {
            return Sourced.of(true, labelLine);
        }
        if (subject != null && LONG_CONTRACT.matcher(subject).find()) {
            return Sourced.of(true, subject);
        }
        for (String line : lines) {
            Matcher m = LONG_CONTRACT.matcher(line);
            if (m.find()) {
                String around = line.substring(Math.max(0, m.start() - 40), Math.min(line.length(), m.end() + 40))
                        .toLowerCase(Locale.ROOT);
                if (around.matches(
                                ".*\\b(contract|project|duration|assignment|engagement|position|role|opportunity|requirement)\\b.*")
                        && !around.contains("relationship")) {
                    return Sourced.of(true, line);
                }
            }
        }
        return null;
    }

    private static boolean isMonthUnit(String unit) {
        return unit.toLowerCase(Locale.ROOT).startsWith("m");
    }

    private static Duration parseDuration(String value, String source, boolean fromLabel, LocalDate today) {
        Matcher m = DURATION.matcher(numerals(value));
        String written = Text.trimValue(value);
        if (written.length() > 120) {
            written = written.substring(0, 120);
        }
        if (m.find()) {
            int n = Integer.parseInt(m.group(1));
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            int months = unit.startsWith("y") ? n * 12 : unit.startsWith("w") ? Math.max(1, Math.round(n / 4.33f)) : n;
            if (months >= 1 && months <= 120) {
                return new Duration(
                        Sourced.of(months, source),
                        Sourced.of(fromLabel ? written : m.group().trim(), source));
            }
        }
        Duration until = untilDate(value, source, fromLabel, today);
        if (until != null) {
            return until;
        }
        if (fromLabel && LONG_TERM.matcher(value).find()) {
            return new Duration(null, Sourced.of(written, source));
        }
        return null;
    }

    // -------------------------------------------------------------------------------- rate

    private static final Pattern MONEY = Pattern.compile(
            "(?i)(?:(usd|us\\$|\\$|inr|rs\\.?|₹|cad|c\\$|gbp|£|eur|€)\\s*)?(\\d{1,3}(?:,\\d{3})+|\\d{1,7})(?:\\.(\\d{1,4}))?\\s*(k)?"
                    + "\\s*(usd|\\$|inr|cad|gbp|eur)?"
                    + "(?:\\s*(?:-|to|–)\\s*(?:usd|\\$|inr|₹|cad|£|€)?\\s*(\\d{1,3}(?:,\\d{3})+|\\d{1,7})(?:\\.(\\d{1,4}))?\\s*(k)?)?"
                    + "\\s*(?:/|per|an|a|\\s)?\\s*(hr|hour|hourly|h|yr|year|yearly|annum|annual|pa|p\\.a\\.|month|mo|monthly|day|daily)?\\b");
    private static final Pattern RATE_CONTEXT =
            Pattern.compile("(?i)(rate|pay|budget|salary|compensation|\\$|usd|/hr|per hour|ctc|package)");

    /** An amount said per hour, which is a rate with or without a currency: "55 to 58 per hour", "60-65/hr". */
    private static final Pattern PER_HOUR_AMOUNT =
            Pattern.compile("(?i)\\d\\s*(?:/\\s*|per\\s+|an\\s+|a\\s+)(?:hr|hour)s?\\b");
    /** A ceiling before the amount: "up to $70", "max 65/hr", "not to exceed $80". */
    private static final Pattern CEILING_BEFORE = Pattern.compile(
            "(?i)\\b(up\\s*to|upto|max(imum)?|not to exceed|no more than|capped at|ceiling( of)?|budget of up to)\\s*:?\\s*$");

    /** A ceiling after the amount: "$65/hr C2C (max)", "$70/hr maximum"; not "max 75" (another amount). */
    private static final Pattern CEILING_AFTER =
            Pattern.compile("(?i)^[^.;$]{0,20}?\\b(max|maximum|at most|tops)\\b(?!\\s*[$:]?\\s*\\d)");

    /**
     * The rate from the rate label's value, else the first line that talks about pay with a currency or
     * an amount per hour. A range keeps its upper bound in {@code maxAmount}; a ceiling ("up to $70/hr")
     * is the amount and its own upper bound.
     */
    static ExtractedRate rate(String labelValue, String labelLine, List<String> lines) {
        if (labelValue != null) {
            ExtractedRate r = parseRate(labelValue, labelLine, true);
            if (r != null) {
                return r;
            }
        }
        for (String line : lines) {
            if ((RATE_CONTEXT.matcher(line).find()
                            && (line.contains("$")
                                    || line.toLowerCase(Locale.ROOT).matches(".*\\b(rate|usd)\\b.*")))
                    || PER_HOUR_AMOUNT.matcher(line).find()) {
                ExtractedRate r = parseRate(line, line, false);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** A range with the unit after both amounts: "$55/hr - $60/hr" reads as "$55 - $60/hr". */
    private static final Pattern UNIT_BEFORE_RANGE_END = Pattern.compile(
            "(?i)(\\d)\\s*(?:/\\s*|per\\s+)(?:hr|hour)\\b\\s*(-|–|to)\\s*(?=(?:usd|\\$)?\\s*\\d{1,3}(?:\\.\\d{1,2})?\\s*(?:/\\s*|per\\s+)(?:hr|hour)\\b)");

    private static final Pattern PER_BEFORE_UNIT = Pattern.compile("(?i)(/|\\bper\\b|\\ban?\\b)\\s*$");

    private static ExtractedRate parseRate(String rawValue, String source, boolean fromLabel) {
        String value = UNIT_BEFORE_RANGE_END.matcher(rawValue).replaceAll("$1 $2 ");
        Matcher m = MONEY.matcher(value);
        while (m.find()) {
            String currencySymbol = m.group(1) != null ? m.group(1) : m.group(5);
            String unitText = m.group(9);
            boolean k = m.group(4) != null;
            if (currencySymbol == null && unitText == null && !k && !fromLabel) {
                continue;
            }
            // "a 6 month contract", "12 months": a length of time, not an amount per month (no currency, no "/" or
            // "per" before the unit)
            if (currencySymbol == null
                    && !k
                    && !fromLabel
                    && unitText != null
                    && !unitText.toLowerCase(Locale.ROOT).startsWith("h")
                    && !PER_BEFORE_UNIT
                            .matcher(value.substring(m.start(), m.start(9)))
                            .find()) {
                continue;
            }
            BigDecimal amount = amount(m.group(2), m.group(3), k);
            if (amount == null || amount.signum() <= 0) {
                continue;
            }
            BigDecimal max = m.group(6) == null ? null : amount(m.group(6), m.group(7), m.group(8) != null || k);
            RateUnit unit = unit(unitText, amount);
            if (unit == null) {
                continue;
            }
            if (currencySymbol == null && unitText == null && amount.compareTo(BigDecimal.valueOf(10)) < 0) {
                continue;
            }
            String currency = currency(currencySymbol);
            if (max != null && max.compareTo(amount) < 0) {
                max = null;
            }
            if (max == null
                    && (CEILING_BEFORE.matcher(value.substring(0, m.start())).find()
                            || CEILING_AFTER.matcher(value.substring(m.end())).find())) {
                max = amount;
            }
            return new ExtractedRate(amount, max, currency, unit, source);
        }
        return null;
    }

    private static BigDecimal amount(String whole, String cents, boolean thousands) {
        try {
            BigDecimal a = new BigDecimal(whole.replace(",", "") + (cents == null ? "" : "." + cents));
            return thousands ? a.multiply(BigDecimal.valueOf(1000)) : a;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static RateUnit unit(String text, BigDecimal amount) {
        if (text != null) {
            String u = text.toLowerCase(Locale.ROOT);
            if (u.startsWith("h")) {
                return RateUnit.HOUR;
            }
            if (u.startsWith("y") || u.startsWith("a") || u.startsWith("p")) {
                return RateUnit.YEAR;
            }
            if (u.startsWith("mo")) {
                return RateUnit.MONTH;
            }
            if (u.startsWith("d")) {
                return RateUnit.DAY;
            }
        }
        if (amount.compareTo(BigDecimal.valueOf(400)) <= 0) {
            return RateUnit.HOUR;
        }
        if (amount.compareTo(BigDecimal.valueOf(20_000)) >= 0) {
            return RateUnit.YEAR;
        }
        return null;
    }

    private static String currency(String symbol) {
        if (symbol == null) {
            return "USD";
        }
        String s = symbol.toLowerCase(Locale.ROOT);
        if (s.startsWith("inr") || s.startsWith("rs") || s.equals("₹")) {
            return "INR";
        }
        if (s.startsWith("cad") || s.equals("c$")) {
            return "CAD";
        }
        if (s.startsWith("gbp") || s.equals("£")) {
            return "GBP";
        }
        if (s.startsWith("eur") || s.equals("€")) {
            return "EUR";
        }
        return "USD";
    }

    // -------------------------------------------------------------------------- employment

    private static final Pattern EMPLOYMENT = Pattern.compile(
            "(?i)\\b(c2c|corp[- ]to[- ]corp|corp2corp|w-?2|1099|full[- ]?time (?:employment|position|role|job|opportunity|hire|employee)|fte|permanent|perm\\b|direct hire|c2h|contract[- ]to[- ]hire)\\b");
    private static final Pattern FULL_TIME_LABEL =
            Pattern.compile("(?i)\\b(full[- ]?time|fte|permanent|perm|direct hire)\\b");
    private static final Pattern NEGATION_BEFORE = Pattern.compile(
            "(?i)(\\bno|\\bnot|\\bnon|except|excluding|without|w/o|can't|cannot|won't)\\W*(\\w+\\W+){0,2}$");

    static Sourced<EmploymentType> employment(String labelValue, String labelLine, List<String> lines, String subject) {
        List<String> candidates = new ArrayList<>();
        if (labelValue != null) {
            candidates.add(labelValue);
        }
        if (subject != null) {
            candidates.add(subject);
        }
        candidates.addAll(lines);
        if (labelValue != null
                && FULL_TIME_LABEL.matcher(labelValue).find()
                && !NEGATION_BEFORE.matcher(labelValue).find()
                && !labelValue.toLowerCase(Locale.ROOT).matches(".*\\b(c2c|w2|1099|contract)\\b.*")) {
            return Sourced.of(EmploymentType.FULL_TIME, labelLine);
        }
        for (int i = 0; i < candidates.size(); i++) {
            String line = candidates.get(i);
            Matcher m = EMPLOYMENT.matcher(line);
            while (m.find()) {
                if (NEGATION_BEFORE.matcher(line.substring(0, m.start())).find()) {
                    continue;
                }
                String t = m.group(1).toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
                EmploymentType type = t.startsWith("c2c") || t.startsWith("corp")
                        ? EmploymentType.C2C
                        : t.startsWith("w2")
                                ? EmploymentType.W2
                                : t.equals("1099")
                                        ? EmploymentType.C1099
                                        : t.startsWith("c2h") || t.startsWith("contracttohire")
                                                ? null
                                                : EmploymentType.FULL_TIME;
                if (type != null) {
                    String source = i == 0 && labelValue != null ? labelLine : line;
                    return Sourced.of(type, source);
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------- visa

    static ExtractedVisa visa(String labelValue, String labelLine, List<String> lines) {
        return Visas.visa(labelValue, labelLine, lines);
    }

    // -------------------------------------------------------------------------- work mode

    private static final Pattern REMOTE = Pattern.compile(
            "(?i)\\b(100\\s*%\\s*remote|fully remote|remote|work from home|wfh|telecommut\\w*|virtual role)\\b");
    /** Hybrid, or some days of the week in the office: one to four ("Onsite 5 days/week" is onsite). */
    private static final Pattern HYBRID = Pattern.compile(
            "(?i)\\bhybrid\\b|\\b[1-4]\\s*(?:-\\s*\\d\\s*)?days?\\s*(?:a|per)?\\s*(?:week\\s*)?(?:onsite|on-site|on site|in office|in the office)\\b"
                    + "|\\b(?:onsite|on-site|on site|in (?:the )?office)\\s*(?:[1-4]\\s*(?:-\\s*\\d\\s*)?|two |three |four )days?\\s*(?:a|per|/|each)\\s*week\\b");

    private static final Pattern ONSITE = Pattern.compile(
            "(?i)\\b(onsite|on-site|on site|in[- ]office|in person work|day 1 onsite|day one onsite|locals? only|local candidates only|must be local)\\b");
    private static final Pattern REMOTE_NEGATED = Pattern.compile(
            "(?i)(no|not|non)[- ](remote|wfh)|remote\\s+(is\\s+)?not\\s+(available|allowed|an option|possible)|not\\s+a\\s+remote");

    static Sourced<WorkMode> workMode(List<String> priority, List<String> lines) {
        List<String> all = new ArrayList<>(priority);
        all.addAll(lines);
        String remoteLine = null;
        String onsiteLine = null;
        Set<String> interviewItems = interviewBlock(lines);
        for (String line : all) {
            String about = line == null || interviewItems.contains(line) ? null : withoutInterviewClauses(line);
            if (about == null) {
                continue;
            }
            if (HYBRID.matcher(about).find()) {
                return Sourced.of(WorkMode.HYBRID, line);
            }
            boolean remoteNegated = REMOTE_NEGATED.matcher(about).find();
            if (remoteLine == null && !remoteNegated && REMOTE.matcher(about).find()) {
                remoteLine = line;
            }
            if (onsiteLine == null && (ONSITE.matcher(about).find() || remoteNegated)) {
                onsiteLine = line;
            }
        }
        if (remoteLine != null && onsiteLine != null) {
            return Sourced.of(
                    all.indexOf(remoteLine) <= all.indexOf(onsiteLine) ? WorkMode.REMOTE : WorkMode.ONSITE,
                    all.indexOf(remoteLine) <= all.indexOf(onsiteLine) ? remoteLine : onsiteLine);
        }
        if (remoteLine != null) {
            return Sourced.of(WorkMode.REMOTE, remoteLine);
        }
        if (onsiteLine != null) {
            return Sourced.of(WorkMode.ONSITE, onsiteLine);
        }
        return null;
    }

    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[.;!?])\\s+|\\s+[-–|]\\s+|\\n");

    /**
     * The line without its sentences about the interview ("Hybrid role. Interview: phone, then onsite" is
     * about a hybrid role); null when nothing else is left.
     */
    private static String withoutInterviewClauses(String line) {
        if (!line.toLowerCase(Locale.ROOT).contains("interview")) {
            return line;
        }
        StringBuilder kept = new StringBuilder();
        for (String clause : CLAUSE_END.split(line)) {
            if (!clause.toLowerCase(Locale.ROOT).contains("interview")) {
                kept.append(clause).append(". ");
            }
        }
        return kept.isEmpty() ? null : kept.toString();
    }

    // -------------------------------------------------------------------------- interview

    /**
     * The words that name a way of interviewing, each with its mode. "Onsite", "in office" and "at the
     * client's site" name an interview only where the phrase is about the process (see {@link #PLACE_BEFORE}).
     */
    private static final Pattern MODE_WORD = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:"
            + "(?<video>(?:video|zoom|teams|webex|skype|hangouts?|google meet|webcam)\\s*(?:call|conference|chat|meeting)s?"
            + "|skype|video|zoom|ms teams|microsoft teams|teams|webex|virtual|webcam|hangouts?|google meet|vc)"
            + "|(?<person>face[- ]?(?:to|2)[- ]?face|f ?2 ?f|in[- ]person|personal interview)"
            + "|(?<place>on[- ]?site|in[- ]office|at (?:the )?(?:client|client's|customer) (?:site|office|location)|client location)"
            + "|(?<phone>phone|telephonic|telephone|tele|phonic|call)"
            + ")(?![\\p{L}\\p{N}])");
    /** A line about the interview process: the word itself, a numbered or named round, a screen, a mode only interviews have. */
    private static final Pattern INTERVIEW_CONTEXT = Pattern.compile(
            "(?i)\\b(interview\\w*|(\\d(st|nd|rd|th)?|first|second|third|final|last|client|technical|tech|manager|managerial|"
                    + "hr|one|two|three|next)\\s+rounds?|rounds?\\s+(of|will|would|is|are|with|:)|"
                    + "(phone|video|skype|teams|zoom|initial|first|technical|tech)\\s+screen(ing)?|screening\\s+(call|round)|"
                    + "face[- ]?(?:to|2)[- ]?face|f ?2 ?f|video call|hiring process|selection process|meet the (manager|client|team))\\b");
    /**
     * "Onsite" and its kin are the interview's place when they are its object: after a step of the
     * process ("followed by onsite", "then in office", "final round onsite", "2nd round: in person"),
     * in a list of modes ("Phone/Onsite") or before an interview noun ("onsite interview", "on-site round").
     */
    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "(?i)\\b(followed by|then|final|last|second|2nd|third|3rd|next|round|rounds|interview|interviews|screen|"
                    + "will be|would be)\\s*[:\\-–]?\\s*(an?\\s+|the\\s+)?(final\\s+)?$");
    /** What joins two modes of one list: "Phone/Onsite", "Phone, Onsite", "Video and then onsite", "Phone -> Onsite". */
    private static final Pattern MODE_LIST_JOIN =
            Pattern.compile("(?i)^\\s*(/|,|&|\\+|->|>|and|or|then|and then|,\\s*then)\\s*$");
    /** Words after a mode that make it about the job, not the interview: "in person work", "virtual role". */
    private static final String JOB_WORDS =
            "work|working|job|role|position|presence|support|opportunity|requirement|contract|assignment";

    private static final Pattern ABOUT_THE_JOB = Pattern.compile("(?is)^\\s*(" + JOB_WORDS + ")\\b.*");
    /** Besides those, what makes "onsite" the place of work: "onsite from day 1", "onsite only", "onsite candidates". */
    private static final Pattern PLACE_OF_WORK =
            Pattern.compile("(?is)^\\s*(" + JOB_WORDS + "|from|day|only|candidates?|locals?|resources?)\\b.*");

    private static final Pattern PLACE_AFTER = Pattern.compile(
            "(?i)^\\s*((for|in)\\s+(an?\\s+|the\\s+)?)?(final\\s+)?(interview|round|meeting|visit|final|panel|discussion)");
    /** A refusal just before a mode ("no F2F", "not in person", "without a face to face round"). */
    private static final Pattern MODE_NEGATED_BEFORE =
            Pattern.compile("(?i)\\b(no|not|non|without|never|nor)\\s*-?\\s*(an?\\s+|the\\s+|any\\s+)?(\\w+\\s+)?$");
    /** A refusal just after a mode ("F2F not required", "in-person is not needed"). */
    private static final Pattern MODE_NEGATED_AFTER = Pattern.compile(
            "(?i)^\\s*(interview\\w*\\s+|rounds?\\s+)?(is\\s+|are\\s+|will\\s+)?(not|no longer|never)\\b");
    /** "Phone" that is a number to call, not a way of interviewing. */
    private static final Pattern PHONE_NUMBER_AFTER =
            Pattern.compile("(?i)^\\s*(no\\.?|number|#|:)?\\s*[+(]?\\d[\\d\\s().-]{6,}");

    /**
     * How the client interviews, every mode in the order the text names them ("Phone screen followed by
     * onsite": phone, then in person): the interview label's value first, then every line about the
     * interview process (one naming an interview, a round, a screen or face to face) that names a mode;
     * the source is the first of them. A negated mode ("no F2F", "in-person not required") is not one.
     */
    static Sourced<List<InterviewMode>> interview(String labelValue, String labelLine, List<String> lines) {
        Set<InterviewMode> modes = new LinkedHashSet<>();
        String source = null;
        if (labelValue != null) {
            List<InterviewMode> found = modes(labelValue, true);
            if (!found.isEmpty()) {
                modes.addAll(found);
                source = labelLine;
            }
        }
        Set<String> block = interviewBlock(lines);
        for (String l : lines) {
            boolean inBlock = block.contains(l);
            if (!l.equals(labelLine) && (inBlock || INTERVIEW_CONTEXT.matcher(l).find())) {
                List<InterviewMode> found = modes(l, inBlock);
                if (!found.isEmpty()) {
                    modes.addAll(found);
                    source = source == null ? l : source;
                }
            }
        }
        return source == null ? null : Sourced.of(List.copyOf(modes), source);
    }

    /** Nothing but a list item's marker: "", "3. ", "- ", "b) ". */
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(\\d{1,2}[.)]|[a-z][.)]|[-*•–])?\\s*$");

    private static final Pattern INTERVIEW_HEADING = Pattern.compile(
            "(?i)^\\s*((mode|type|format) of\\s+)?interviews?(\\s+(process|rounds?|mode|type|details|steps|format|structure))?\\s*:?\\s*$");
    private static final Pattern LABELLED_LINE = Pattern.compile("^[A-Za-z][\\w /()&-]{1,30}\\s*:\\s*\\S.*");

    /**
     * The items listed under an interview heading with no value of its own ("Interview Process:" then
     * "1. Phone screen", "2. Onsite with the manager"): up to six short lines, to the next heading or label.
     */
    static Set<String> interviewBlock(List<String> lines) {
        Set<String> block = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!INTERVIEW_HEADING.matcher(lines.get(i)).matches()) {
                continue;
            }
            for (int j = i + 1; j < lines.size() && j <= i + 6; j++) {
                String item = lines.get(j);
                if (item.length() > 80
                        || item.trim().endsWith(":")
                        || LABELLED_LINE.matcher(item).matches()) {
                    break;
                }
                block.add(item);
            }
        }
        return block;
    }

    /**
     * The modes one text names, first first; under an interview label an "Onsite" that opens the value or
     * continues its list of modes is the interview's place ("Interview: Onsite", "Phone/Onsite").
     */
    static List<InterviewMode> modes(String text, boolean underLabel) {
        Set<InterviewMode> modes = new LinkedHashSet<>();
        Matcher m = MODE_WORD.matcher(text);
        int previousModeEnd = -1;
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
            if (MODE_NEGATED_BEFORE.matcher(before).find()
                    || MODE_NEGATED_AFTER.matcher(after).find()) {
                continue;
            }
            InterviewMode mode = null;
            if (m.group("video") != null) {
                mode = ABOUT_THE_JOB.matcher(after).matches()
                                && m.group("video").equalsIgnoreCase("virtual")
                        ? null
                        : InterviewMode.VIDEO;
            } else if (m.group("person") != null) {
                mode = m.group("person").toLowerCase(Locale.ROOT).startsWith("in")
                                && ABOUT_THE_JOB.matcher(after).matches()
                        ? null
                        : InterviewMode.IN_PERSON;
            } else if (m.group("place") != null) {
                boolean listed = previousModeEnd >= 0
                        && MODE_LIST_JOIN
                                .matcher(text.substring(previousModeEnd, m.start()))
                                .matches();
                boolean labelled = underLabel
                        && LIST_MARKER.matcher(text.substring(0, m.start())).matches();
                boolean aboutInterview = labelled
                        || (underLabel && listed)
                        || PLACE_AFTER.matcher(after).find()
                        || ((listed || PLACE_BEFORE.matcher(before).find())
                                && !PLACE_OF_WORK.matcher(after).matches());
                mode = aboutInterview ? InterviewMode.IN_PERSON : null;
            } else if (!PHONE_NUMBER_AFTER.matcher(after).find()) {
                mode = InterviewMode.PHONE;
            }
            if (mode != null) {
                modes.add(mode);
                previousModeEnd = m.end();
            }
        }
        return List.copyOf(modes);
    }

    // ------------------------------------------------------------------------------- start

    private static final Pattern ASAP = Pattern.compile("(?i)\\b(asap|immediate(ly)?|right away|urgent)\\b");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("M/d/uuuu"),
            DateTimeFormatter.ofPattern("M/d/uu"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd"),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.US),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.US));

    record Start(Sourced<LocalDate> date, Sourced<String> text) {}

    static Start start(String labelValue, String labelLine, LocalDate today) {
        if (labelValue == null) {
            return null;
        }
        String v = Text.trimValue(labelValue).replaceAll("(?i)(st|nd|rd|th)(?=\\s*,?\\s*\\d{4})", "");
        for (DateTimeFormatter f : DATES) {
            try {
                return new Start(
                        Sourced.of(LocalDate.parse(v, f), labelLine),
                        Sourced.of(Text.trimValue(labelValue), labelLine));
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        for (String p : List.of("MMM d", "MMMM d", "M/d")) {
            try {
                MonthDay md = MonthDay.parse(v, DateTimeFormatter.ofPattern(p, Locale.US));
                LocalDate d = md.atYear(today.getYear());
                if (d.isBefore(today.minusDays(30))) {
                    d = d.plusYears(1);
                }
                return new Start(Sourced.of(d, labelLine), Sourced.of(Text.trimValue(labelValue), labelLine));
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        String written = Text.trimValue(labelValue);
        if (written.isEmpty()) {
            return null;
        }
        return new Start(
                null,
                Sourced.of(
                        ASAP.matcher(written).find()
                                ? "ASAP"
                                : written.length() > 200 ? written.substring(0, 200) : written,
                        labelLine));
    }
}
