package com.benchcrm.extraction.rules;

import com.benchcrm.extraction.ExtractedLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US states and Canadian provinces (names and codes), a few countries, and the parsing of a
 * location as vendors write it: "Dallas, TX", "Durham North Carolina 27707", "Irvine CA",
 * "Maryland, Arizona &amp; Pennsylvania", "Arizona/NJ", "Remote (US)".
 */
final class Places {

    static final Map<String, String> US = new LinkedHashMap<>();
    static final Map<String, String> CA = new LinkedHashMap<>();
    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final Map<String, String> COUNTRIES = new LinkedHashMap<>();

    static {
        // the states and DC from the core's table, and Puerto Rico
        Map<String, String> us = new LinkedHashMap<>(com.benchcrm.matching.UsGeography.states());
        us.put("PR", "Puerto Rico");
        us.forEach((code, name) -> {
            US.put(code, name);
            BY_NAME.put(name.toLowerCase(Locale.ROOT), code);
        });
        String[] ca = {
            "ON",
            "Ontario",
            "QC",
            "Quebec",
            "BC",
            "British Columbia",
            "AB",
            "Alberta",
            "MB",
            "Manitoba",
            "SK",
            "Saskatchewan",
            "NS",
            "Nova Scotia",
            "NB",
            "New Brunswick",
            "NL",
            "Newfoundland and Labrador",
            "PE",
            "Prince Edward Island"
        };
        for (int i = 0; i < ca.length; i += 2) {
            CA.put(ca[i], ca[i + 1]);
        }
        String[] countries = {
            "united states",
            "US",
            "usa",
            "US",
            "u.s.",
            "US",
            "u.s.a.",
            "US",
            "us",
            "US",
            "canada",
            "CA",
            "india",
            "IN",
            "united kingdom",
            "GB",
            "uk",
            "GB",
            "england",
            "GB",
            "mexico",
            "MX",
            "germany",
            "DE",
            "ireland",
            "IE",
            "australia",
            "AU",
            "singapore",
            "SG",
            "philippines",
            "PH",
            "netherlands",
            "NL"
        };
        for (int i = 0; i < countries.length; i += 2) {
            COUNTRIES.put(countries[i], countries[i + 1]);
        }
    }

    /** Big cities without a state in the text ("New York", "Chicago"): the state a recruiter assumes. */
    private static final Map<String, String> CITY_STATE = Map.ofEntries(
            Map.entry("new york city", "NY"),
            Map.entry("nyc", "NY"),
            Map.entry("chicago", "IL"),
            Map.entry("los angeles", "CA"),
            Map.entry("san francisco", "CA"),
            Map.entry("seattle", "WA"),
            Map.entry("boston", "MA"),
            Map.entry("atlanta", "GA"),
            Map.entry("dallas", "TX"),
            Map.entry("houston", "TX"),
            Map.entry("austin", "TX"),
            Map.entry("denver", "CO"),
            Map.entry("phoenix", "AZ"),
            Map.entry("charlotte", "NC"),
            Map.entry("raleigh", "NC"),
            Map.entry("miami", "FL"),
            Map.entry("philadelphia", "PA"),
            Map.entry("pittsburgh", "PA"),
            Map.entry("detroit", "MI"),
            Map.entry("minneapolis", "MN"),
            Map.entry("san jose", "CA"),
            Map.entry("san diego", "CA"),
            Map.entry("irvine", "CA"),
            Map.entry("jersey city", "NJ"),
            Map.entry("columbus", "OH"),
            Map.entry("cleveland", "OH"),
            Map.entry("cincinnati", "OH"),
            Map.entry("st. louis", "MO"),
            Map.entry("kansas city", "MO"),
            Map.entry("nashville", "TN"),
            Map.entry("richmond", "VA"),
            Map.entry("tampa", "FL"),
            Map.entry("orlando", "FL"),
            Map.entry("jacksonville", "FL"),
            Map.entry("salt lake city", "UT"),
            Map.entry("portland", "OR"),
            Map.entry("baltimore", "MD"),
            Map.entry("plano", "TX"),
            Map.entry("irving", "TX"),
            Map.entry("sunnyvale", "CA"),
            Map.entry("indianapolis", "IN"),
            Map.entry("milwaukee", "WI"),
            Map.entry("hartford", "CT"),
            Map.entry("durham", "NC"));

    /** Indian states and union territories (ISO 3166-2:IN codes) and the cities consultants are most often in. */
    private static final Map<String, String> IN_STATES = new LinkedHashMap<>();

    private static final Map<String, String> IN_CITIES = new LinkedHashMap<>();

    static {
        String[] states = {
            "andhra pradesh",
            "AP",
            "arunachal pradesh",
            "AR",
            "assam",
            "AS",
            "bihar",
            "BR",
            "chhattisgarh",
            "CT",
            "goa",
            "GA",
            "gujarat",
            "GJ",
            "haryana",
            "HR",
            "himachal pradesh",
            "HP",
            "jharkhand",
            "JH",
            "karnataka",
            "KA",
            "kerala",
            "KL",
            "madhya pradesh",
            "MP",
            "maharashtra",
            "MH",
            "manipur",
            "MN",
            "meghalaya",
            "ML",
            "mizoram",
            "MZ",
            "nagaland",
            "NL",
            "odisha",
            "OR",
            "orissa",
            "OR",
            "punjab",
            "PB",
            "rajasthan",
            "RJ",
            "sikkim",
            "SK",
            "tamil nadu",
            "TN",
            "tamilnadu",
            "TN",
            "telangana",
            "TG",
            "tripura",
            "TR",
            "uttar pradesh",
            "UP",
            "uttarakhand",
            "UK",
            "west bengal",
            "WB",
            "delhi",
            "DL",
            "jammu and kashmir",
            "JK",
            "puducherry",
            "PY",
            "chandigarh",
            "CH"
        };
        for (int i = 0; i < states.length; i += 2) {
            IN_STATES.put(states[i], states[i + 1]);
        }
        String[] cities = {
            "bengaluru",
            "KA",
            "bangalore",
            "KA",
            "mysore",
            "KA",
            "mysuru",
            "KA",
            "mangalore",
            "KA",
            "mangaluru",
            "KA",
            "hubli",
            "KA",
            "hyderabad",
            "TG",
            "secunderabad",
            "TG",
            "warangal",
            "TG",
            "pune",
            "MH",
            "mumbai",
            "MH",
            "navi mumbai",
            "MH",
            "thane",
            "MH",
            "nagpur",
            "MH",
            "nashik",
            "MH",
            "aurangabad",
            "MH",
            "chennai",
            "TN",
            "coimbatore",
            "TN",
            "madurai",
            "TN",
            "trichy",
            "TN",
            "new delhi",
            "DL",
            "delhi",
            "DL",
            "noida",
            "UP",
            "greater noida",
            "UP",
            "ghaziabad",
            "UP",
            "lucknow",
            "UP",
            "kanpur",
            "UP",
            "gurgaon",
            "HR",
            "gurugram",
            "HR",
            "faridabad",
            "HR",
            "kolkata",
            "WB",
            "ahmedabad",
            "GJ",
            "vadodara",
            "GJ",
            "surat",
            "GJ",
            "gandhinagar",
            "GJ",
            "kochi",
            "KL",
            "cochin",
            "KL",
            "thiruvananthapuram",
            "KL",
            "trivandrum",
            "KL",
            "jaipur",
            "RJ",
            "indore",
            "MP",
            "bhopal",
            "MP",
            "visakhapatnam",
            "AP",
            "vizag",
            "AP",
            "vijayawada",
            "AP",
            "bhubaneswar",
            "OR",
            "patna",
            "BR",
            "ranchi",
            "JH",
            "chandigarh",
            "CH",
            "mohali",
            "PB",
            "dehradun",
            "UK",
            "guwahati",
            "AS"
        };
        for (int i = 0; i < cities.length; i += 2) {
            IN_CITIES.put(cities[i], cities[i + 1]);
        }
    }

    private static final Pattern ZIP = Pattern.compile("\\b\\d{5}(-\\d{4})?\\b");
    private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern NOT_A_PLACE = Pattern.compile(
            "(?i)\\b(remote|anywhere|wfh|work from home|hybrid|onsite|on-site|on site|tbd|multiple|various|nationwide|any|"
                    + "locals?|only|days?|week|preferred|candidates|client|office|travel|relocation|must|location)\\b");
    private static final Pattern CITY_WORDS = Pattern.compile("^[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}$");

    private Places() {}

    static String stateCode(String token) {
        if (token == null) {
            return null;
        }
        String t = token.trim().replaceAll("[.,]$", "");
        if (t.length() == 2 && US.containsKey(t.toUpperCase(Locale.ROOT)) && t.equals(t.toUpperCase(Locale.ROOT))) {
            return t.toUpperCase(Locale.ROOT);
        }
        return BY_NAME.get(t.toLowerCase(Locale.ROOT));
    }

    static String country(String token) {
        return token == null
                ? null
                : COUNTRIES.get(token.trim().toLowerCase(Locale.ROOT).replaceAll("[()]", ""));
    }

    /** Locations in a location value ("Maryland, Arizona &amp; Pennsylvania" is three). */
    static List<ExtractedLocation> parse(String value, String source) {
        List<ExtractedLocation> out = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        String v = PARENS.matcher(value).replaceAll(" ");
        // "Onsite in Austin, Texas", "Hybrid - Charlotte, NC", "100% remote from Denver, CO": the mode is not the place
        v = v.replaceAll(
                "(?i)^\\s*(?:100\\s*%\\s*)?(?:on-?site|on site|remote|hybrid)\\b\\s*[:,-]?\\s*(?:from|in|at)?\\b", " ");
        v = v.replaceAll("\\b(in|at|near|around)\\b", " ").replaceAll("(?i)\\b(based in|located in)\\b", " ");
        for (String chunk : v.split("\\s*(?:[;|&+]|/(?!\\s*\\d)|\\band\\b|\\bor\\b|\\s-\\s|\\s–\\s|\\n)\\s*")) {
            parseChunk(chunk.trim(), source, out);
        }
        String whole = value.toLowerCase(Locale.ROOT);
        if (out.isEmpty()
                && (whole.matches(".*\\b(usa|united states|u\\.s\\.?a?\\.?)\\b.*") || whole.matches(".*\\(us\\).*"))) {
            out.add(new ExtractedLocation(null, null, "US", source));
        }
        return dedupe(out);
    }

    private static void parseChunk(String chunk, String source, List<ExtractedLocation> out) {
        String c = ZIP.matcher(chunk).replaceAll(" ").replaceAll("\\s+", " ").trim();
        c = c.replaceAll("[.]$", "").trim();
        if (c.isEmpty()) {
            return;
        }
        String[] parts = c.split("\\s*,\\s*");
        if (parts.length >= 2) {
            // "City, ST", "City, State, Country", or "State, State"
            String last = parts[parts.length - 1];
            String country = country(last);
            int end = parts.length - (country != null ? 1 : 0);
            if (end == 0) {
                out.add(new ExtractedLocation(null, null, country, source));
                return;
            }
            boolean allStates = true;
            for (int i = 0; i < end; i++) {
                if (stateCode(parts[i]) == null) {
                    allStates = false;
                    break;
                }
            }
            // "New York, NY", "Washington, DC": a city named like a state, then the state's code
            // "New York, New York": a city named like its own state, the state written out (one state, not two)
            if (allStates
                    && end == 2
                    && parts[0].trim().length() > 2
                    && (parts[1].trim().matches("[A-Z]{2}")
                            || stateCode(parts[0]).equals(stateCode(parts[1])))) {
                allStates = false;
            }
            if (allStates) {
                for (int i = 0; i < end; i++) {
                    out.add(new ExtractedLocation(null, stateCode(parts[i]), "US", source));
                }
                return;
            }
            String state = stateCode(parts[end - 1]);
            if (state != null && end >= 2) {
                String city = cityOf(parts[end - 2]);
                if (city != null) {
                    out.add(new ExtractedLocation(city, state, "US", source));
                    return;
                }
                out.add(new ExtractedLocation(null, state, "US", source));
                return;
            }
            String caProv = end >= 2 ? provinceCode(parts[end - 1]) : null;
            if (caProv != null && (country == null || country.equals("CA"))) {
                out.add(new ExtractedLocation(cityOf(parts[end - 2]), caProv, "CA", source));
                return;
            }
            if (country != null && end >= 1) {
                out.add(new ExtractedLocation(cityOf(parts[0]), null, country, source));
                return;
            }
            for (String p : parts) {
                parseChunk(p, source, out);
            }
            return;
        }
        // no comma: "Irvine CA", "Durham North Carolina", "Texas", "Pennsylvania Location"
        String[] words = c.split(" ");
        for (int take = Math.min(3, words.length); take >= 1; take--) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - take, words.length));
            String state = stateCode(tail);
            if (state == null && take == 1 && tail.length() == 2 && tail.equals(tail.toUpperCase(Locale.ROOT))) {
                state = stateCode(tail);
            }
            if (state != null) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - take))
                        .trim();
                out.add(new ExtractedLocation(rest.isEmpty() ? null : cityOf(rest), state, "US", source));
                return;
            }
        }
        String country = country(c);
        if (country != null) {
            out.add(new ExtractedLocation(null, null, country, source));
            return;
        }
        String known = CITY_STATE.get(c.toLowerCase(Locale.ROOT));
        if (known != null) {
            out.add(new ExtractedLocation(
                    CITY_SPELLINGS.getOrDefault(c.toLowerCase(Locale.ROOT), titleCase(c)), known, "US", source));
        }
    }

    private static String provinceCode(String token) {
        String t = token.trim();
        if (CA.containsKey(t.toUpperCase(Locale.ROOT)) && t.length() == 2) {
            return t.toUpperCase(Locale.ROOT);
        }
        for (Map.Entry<String, String> e : CA.entrySet()) {
            if (e.getValue().equalsIgnoreCase(t)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** A city name, or null when the words are not one ("Location", "Multiple", "remote"). */
    /** What recruiters write for a city's name: "NYC", "Philly", "Ft. Worth", "Mt. Laurel". */
    private static final Map<String, String> CITY_SPELLINGS =
            Map.of("nyc", "New York", "new york city", "New York", "philly", "Philadelphia", "la", "Los Angeles");

    static String cityOf(String words) {
        String w = words == null ? "" : words.trim().replaceAll("[.:]$", "");
        if (w.isEmpty() || NOT_A_PLACE.matcher(w).find() || w.length() > 40) {
            return null;
        }
        String spelled = CITY_SPELLINGS.get(w.toLowerCase(Locale.ROOT));
        if (spelled != null) {
            return spelled;
        }
        w = w.replaceAll("^(?i:ft)\\.?\\s+", "Fort ").replaceAll("^(?i:mt)\\.?\\s+", "Mount ");
        if (!CITY_WORDS.matcher(w).matches()) {
            if (w.equals(w.toUpperCase(Locale.ROOT)) && w.matches("[A-Z .'-]+") && w.length() > 2) {
                return titleCase(w);
            }
            return null;
        }
        return w;
    }

    static String knownCityState(String city) {
        return city == null ? null : CITY_STATE.get(city.toLowerCase(Locale.ROOT));
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                b.append(b.isEmpty() ? "" : " ")
                        .append(Character.toUpperCase(w.charAt(0)))
                        .append(w.substring(1));
            }
        }
        return b.toString();
    }

    private static List<ExtractedLocation> dedupe(List<ExtractedLocation> in) {
        Map<String, ExtractedLocation> seen = new LinkedHashMap<>();
        for (ExtractedLocation l : in) {
            seen.putIfAbsent(
                    (l.city() == null ? "" : l.city().toLowerCase(Locale.ROOT)) + "|" + l.state() + "|" + l.country(),
                    l);
        }
        return new ArrayList<>(seen.values());
    }

    private static final Pattern CITY_STATE_IN_TEXT = Pattern.compile(
            "\\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\\s*(" + String.join("|", US.keySet()) + ")\\b(?![a-z])");
    private static final Pattern CITY_STATE_NAME_IN_TEXT;

    static {
        List<String> names = new ArrayList<>(BY_NAME.keySet());
        names.sort((a, b) -> b.length() - a.length());
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            alt.append(alt.isEmpty() ? "" : "|").append(Pattern.quote(titleCase(n)));
        }
        CITY_STATE_NAME_IN_TEXT = Pattern.compile("\\b([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),? (" + alt + ")\\b");
    }

    private static final Pattern WORDS = Pattern.compile("[A-Za-z][A-Za-z.]*(?:\\s+[A-Za-z][A-Za-z.]*){0,2}");

    /**
     * An Indian place at the start of a line: "Bengaluru, Karnataka", "Pune, Maharashtra, India",
     * "Hyderabad - Email me on Indeed", "Chennai" (resumes of consultants abroad or just arrived).
     */
    static ExtractedLocation india(String line) {
        if (line == null) {
            return null;
        }
        String t = line.trim();
        Matcher m = WORDS.matcher(t);
        if (!m.lookingAt()) {
            return null;
        }
        String first = m.group();
        // the longest known city at the start ("New Delhi" before "Delhi")
        String[] words = first.split("\\s+");
        for (int n = words.length; n >= 1; n--) {
            String city = String.join(" ", java.util.Arrays.copyOf(words, n));
            String state = IN_CITIES.get(city.toLowerCase(Locale.ROOT));
            if (state != null) {
                String rest = t.substring(city.length());
                if (!rest.isEmpty() && Character.isLetterOrDigit(rest.charAt(0))) {
                    return null;
                }
                return new ExtractedLocation(titleCase(city), state, "IN", line);
            }
        }
        // "Irinchayam, Kerala": an unknown town in a known state
        String[] parts = t.split("\\s*,\\s*");
        if (parts.length >= 2) {
            String state =
                    IN_STATES.get(parts[1].replaceAll("[^A-Za-z ]", "").trim().toLowerCase(Locale.ROOT));
            String city = cityOf(parts[0]);
            if (state != null && city != null) {
                return new ExtractedLocation(city, state, "IN", line);
            }
        }
        return null;
    }

    /** "City, ST" or "City, State" written in running text ("on-site at the customer location in Raleigh, NC"). */
    static List<ExtractedLocation> findInText(String text, String source) {
        List<ExtractedLocation> out = new ArrayList<>();
        Matcher m = CITY_STATE_IN_TEXT.matcher(text);
        while (m.find()) {
            String city = cityOf(m.group(1));
            if (city != null) {
                out.add(new ExtractedLocation(city, m.group(2), "US", source == null ? m.group() : source));
            }
        }
        Matcher n = CITY_STATE_NAME_IN_TEXT.matcher(text);
        while (n.find()) {
            String city = cityOf(n.group(1));
            String state = stateCode(n.group(2));
            if (city != null && state != null && stateCode(n.group(1)) == null) {
                out.add(new ExtractedLocation(city, state, "US", source == null ? n.group() : source));
            }
        }
        return dedupe(out);
    }
}
