package com.benchcrm.ai.bedrock;

import com.benchcrm.skills.Skill;
import com.benchcrm.skills.SkillKeys;
import com.benchcrm.skills.SkillMention;
import com.benchcrm.skills.SkillTaxonomy;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a value the model reports can be read from the text it cites as its source: the text
 * being in the mail is not enough ("Rate: $65/hr" does not make a rate of $500). Each field has its
 * rule: names and titles must be in the source (case, spacing and punctuation aside, a seniority word
 * or a usual abbreviation may differ); numbers must be written there (12 months also as "1 year",
 * 120000 also as "120k"); a skill must be named there by one of its spellings ("k8s" is
 * Kubernetes); an enum value needs one of its words ("Remote", "C2C", "No OPT/CPT").
 */
final class Provenance {

    private static final Pattern NUMBER =
            Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(k)?", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("senior", "sr"),
            Map.entry("junior", "jr"),
            Map.entry("developer", "dev"),
            Map.entry("engineer", "engr"),
            Map.entry("administrator", "admin"),
            Map.entry("manager", "mgr"),
            Map.entry("architect", "arch"),
            Map.entry("developers", "devs"),
            Map.entry("technical", "tech"));
    private static final Map<String, String> ENUM_WORDS = Map.ofEntries(
            Map.entry("REMOTE", "remote|wfh|work from home|telecommut|virtual"),
            Map.entry("HYBRID", "hybrid|days? (a |per )?(week )?(onsite|on-site|on site|in office|in the office)"),
            Map.entry("ONSITE", "onsite|on-site|on site|in office|in-office|local|day 1|day one"),
            Map.entry("C2C", "c2c|corp[- ]?to[- ]?corp|corp2corp"),
            Map.entry("W2", "w-?2"),
            Map.entry("1099", "1099"),
            Map.entry("FULL_TIME", "full[- ]?time|permanent|\\bperm\\b|fte|direct hire"),
            Map.entry("PHONE", "phone|telephon|call"),
            Map.entry("VIDEO", "video|skype|zoom|teams|webex|virtual|google meet|hangout"),
            Map.entry("IN_PERSON", "in[- ]person|face[- ]to[- ]face|f2f|onsite|on-site|in office"),
            Map.entry("SENIOR", "senior|\\bsr\\b"),
            Map.entry("LEAD", "lead"),
            Map.entry("PRINCIPAL", "principal|staff|distinguished"),
            Map.entry("JUNIOR", "junior|\\bjr\\b|entry|graduate|intern"),
            Map.entry("MID", "\\bmid\\b|mid[- ]level|intermediate"),
            Map.entry("US_CITIZEN", "usc|citizen"),
            Map.entry("GREEN_CARD", "\\bgc\\b|green ?card|permanent resident"),
            Map.entry("GC_EAD", "gc[- ]?ead|green ?card[- ]?ead|\\beads?\\b"),
            Map.entry("H1B", "h-?1"),
            Map.entry("H4_EAD", "h-?4|\\beads?\\b"),
            Map.entry("L2_EAD", "l-?2|\\beads?\\b"),
            Map.entry("OPT_EAD", "\\bopt\\b|\\beads?\\b"),
            Map.entry("STEM_OPT", "stem"),
            Map.entry("CPT", "cpt"),
            Map.entry("TN", "\\btn\\b"),
            Map.entry("E3", "e-?3"),
            Map.entry("OTHER", ".")); // OTHER: any status text

    private Provenance() {}

    /**
     * Whether {@code node} (an object with a {@code source}) holds a value its source states.
     *
     * @param field the field or array the object is in ({@code rate}, {@code skills}, {@code minYears})
     */
    static boolean derivable(String field, JsonNode node, String source) {
        String src = source == null ? "" : source;
        return switch (field) {
            case "title", "normalizedTitle", "titles" ->
                words(node.path("value").asText(), src);
            case "skills" -> skill(node, src);
            case "minYears", "yearsExperience" -> number(node.path("value"), src, false);
            case "durationMonths" -> months(node.path("value"), src);
            case "rate" ->
                number(node.path("amount"), src, true)
                        && (!node.hasNonNull("maxAmount") || number(node.path("maxAmount"), src, true));
            case "locations", "location" -> place(node, src);
            case "workMode", "employmentType", "seniority" ->
                enumValue(node.path("value").asText(), src)
                        || field.equals("seniority") && NUMBER.matcher(src).find();
            case "interviewModes" -> allEnums(node.path("value"), src);
            case "visa" -> allEnums(node.path("accepted"), src) && allEnums(node.path("excluded"), src);
            case "workAuthorization" -> enumValue(node.path("value").asText(), src);
            case "longTerm" ->
                !node.path("value").asBoolean(false)
                        || src.toLowerCase(Locale.ROOT)
                                .matches(
                                        "(?s).*\\b(long[- ]?term|ongoing|indefinite|multi[- ]year|open[- ]ended)\\b.*");
            case "vendorContact" ->
                (!node.hasNonNull("name") || words(node.path("name").asText(), src))
                        && (!node.hasNonNull("email")
                                || loose(src).contains(loose(node.path("email").asText())))
                        && (!node.hasNonNull("phone")
                                || digits(src)
                                        .contains(digits(node.path("phone").asText())));
            case "fullName",
                    "email",
                    "client",
                    "endClient",
                    "vendorCompany",
                    "implementationPartner",
                    "primeVendor",
                    "domains",
                    "notes",
                    "duration",
                    "start",
                    "summary" -> contained(node.path("value").asText(), src);
            case "phone" -> digits(src).contains(digits(node.path("value").asText()));
            default -> true; // startDate and what has no value rule: its source's presence is the check
        };
    }

    /** Every word of the value in the source, a seniority word or a usual abbreviation allowed, spelling loose. */
    private static boolean words(String value, String source) {
        if (value.isBlank()) {
            return false;
        }
        if (loose(source).contains(loose(value))) {
            return true;
        }
        List<String> srcWords = tokens(source);
        for (String w : tokens(value)) {
            if (srcWords.contains(w)
                    || srcWords.contains(ABBREVIATIONS.getOrDefault(w, "\u0000"))
                    || loose(source).contains(w)) {
                continue;
            }
            return false;
        }
        return true;
    }

    private static boolean contained(String value, String source) {
        return !value.isBlank() && (loose(source).contains(loose(value)) || words(value, source));
    }

    private static boolean skill(JsonNode node, String source) {
        String name = node.path("name").asText();
        boolean named = loose(source).contains(loose(SkillKeys.withoutVersion(name)));
        if (!named) {
            SkillTaxonomy tax = SkillTaxonomy.standard();
            Optional<Skill> s = tax.find(name);
            if (s.isPresent()) {
                String id = s.get().id();
                named = tax.scan(source, true).stream().map(SkillMention::skill).anyMatch(k -> k.id().equals(id))
                        || s.get().aliases().stream()
                                .anyMatch(a -> a.length() > 2 && loose(source).contains(loose(a)))
                        || loose(source).contains(loose(s.get().name()));
            }
        }
        boolean years = !node.hasNonNull("years") || number(node.path("years"), source, false);
        boolean version = !node.hasNonNull("version")
                || loose(source).contains(loose(node.path("version").asText()));
        return named && years && version;
    }

    private static boolean place(JsonNode node, String source) {
        String s = source.toLowerCase(Locale.ROOT);
        if (node.hasNonNull("city")
                && !loose(source).contains(loose(node.path("city").asText()))) {
            return false;
        }
        if (node.hasNonNull("state")) {
            String st = node.path("state").asText().toLowerCase(Locale.ROOT);
            return Pattern.compile("\\b" + Pattern.quote(st) + "\\b").matcher(s).find() || stateNamed(st, s);
        }
        return true;
    }

    private static boolean stateNamed(String code, String source) {
        String name = STATES.get(code.toUpperCase(Locale.ROOT));
        return name != null && source.contains(name.toLowerCase(Locale.ROOT));
    }

    private static boolean number(JsonNode value, String source, boolean money) {
        if (!value.isNumber() && !value.isTextual()) {
            return false;
        }
        BigDecimal want;
        try {
            want = new BigDecimal(value.asText().replaceAll("[^0-9.]", ""));
        } catch (NumberFormatException e) {
            return false;
        }
        for (BigDecimal n : numbers(source, money)) {
            if (n.compareTo(want) == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean months(JsonNode value, String source) {
        if (number(value, source, false)) {
            return true;
        }
        int m = value.asInt(-1);
        String s = source.toLowerCase(Locale.ROOT);
        for (BigDecimal n : numbers(source, false)) {
            if ((s.matches("(?s).*\\b(years?|yrs?)\\b.*")
                            && n.multiply(BigDecimal.valueOf(12)).intValue() == m)
                    || (s.matches("(?s).*\\b(weeks?|wks?)\\b.*")
                            && Math.max(1, Math.round(n.floatValue() / 4.33f)) == m)) {
                return true;
            }
        }
        return m == 12 && s.matches("(?s).*\\b(a|one) year\\b.*");
    }

    private static List<BigDecimal> numbers(String source, boolean money) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(source);
        while (m.find()) {
            BigDecimal n = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : "." + m.group(2)));
            out.add(n);
            if (money && m.group(3) != null) {
                out.add(n.multiply(BigDecimal.valueOf(1000)));
            }
        }
        return out;
    }

    private static boolean enumValue(String value, String source) {
        String words = ENUM_WORDS.get(value.toUpperCase(Locale.ROOT));
        return words != null
                && Pattern.compile("(?i)(" + words + ")").matcher(source).find();
    }

    private static boolean allEnums(JsonNode values, String source) {
        for (JsonNode v : values) {
            if (!enumValue(v.asText(), source)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^a-z0-9#+]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static String loose(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#+@]+", "");
    }

    private static String digits(String s) {
        return s == null ? "" : s.replaceAll("\\D", "");
    }

    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("AL", "Alabama"),
            Map.entry("AK", "Alaska"),
            Map.entry("AZ", "Arizona"),
            Map.entry("AR", "Arkansas"),
            Map.entry("CA", "California"),
            Map.entry("CO", "Colorado"),
            Map.entry("CT", "Connecticut"),
            Map.entry("DE", "Delaware"),
            Map.entry("FL", "Florida"),
            Map.entry("GA", "Georgia"),
            Map.entry("HI", "Hawaii"),
            Map.entry("ID", "Idaho"),
            Map.entry("IL", "Illinois"),
            Map.entry("IN", "Indiana"),
            Map.entry("IA", "Iowa"),
            Map.entry("KS", "Kansas"),
            Map.entry("KY", "Kentucky"),
            Map.entry("LA", "Louisiana"),
            Map.entry("ME", "Maine"),
            Map.entry("MD", "Maryland"),
            Map.entry("MA", "Massachusetts"),
            Map.entry("MI", "Michigan"),
            Map.entry("MN", "Minnesota"),
            Map.entry("MS", "Mississippi"),
            Map.entry("MO", "Missouri"),
            Map.entry("MT", "Montana"),
            Map.entry("NE", "Nebraska"),
            Map.entry("NV", "Nevada"),
            Map.entry("NH", "New Hampshire"),
            Map.entry("NJ", "New Jersey"),
            Map.entry("NM", "New Mexico"),
            Map.entry("NY", "New York"),
            Map.entry("NC", "North Carolina"),
            Map.entry("ND", "North Dakota"),
            Map.entry("OH", "Ohio"),
            Map.entry("OK", "Oklahoma"),
            Map.entry("OR", "Oregon"),
            Map.entry("PA", "Pennsylvania"),
            Map.entry("RI", "Rhode Island"),
            Map.entry("SC", "South Carolina"),
            Map.entry("SD", "South Dakota"),
            Map.entry("TN", "Tennessee"),
            Map.entry("TX", "Texas"),
            Map.entry("UT", "Utah"),
            Map.entry("VT", "Vermont"),
            Map.entry("VA", "Virginia"),
            Map.entry("WA", "Washington"),
            Map.entry("WV", "West Virginia"),
            Map.entry("WI", "Wisconsin"),
            Map.entry("WY", "Wyoming"),
            Map.entry("DC", "District of Columbia"));
}
