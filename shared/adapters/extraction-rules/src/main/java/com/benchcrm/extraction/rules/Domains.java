package com.benchcrm.extraction.rules;

import com.benchcrm.extraction.Sourced;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Business domains a requirement names ("a client in the health insurance field", "Investment Management Domain"). */
final class Domains {

    private static final Map<String, String> DOMAINS = new LinkedHashMap<>();

    static {
        String[] d = {
            "health insurance",
            "Health Insurance",
            "insurance",
            "Insurance",
            "healthcare",
            "Healthcare",
            "health care",
            "Healthcare",
            "pharma",
            "Pharma",
            "pharmaceutical",
            "Pharma",
            "life sciences",
            "Life Sciences",
            "investment management",
            "Investment Management",
            "asset management",
            "Asset Management",
            "wealth management",
            "Wealth Management",
            "capital markets",
            "Capital Markets",
            "investment banking",
            "Investment Banking",
            "banking",
            "Banking",
            "financial services",
            "Financial Services",
            "finance",
            "Finance",
            "fintech",
            "Fintech",
            "mortgage",
            "Mortgage",
            "payments",
            "Payments",
            "retail",
            "Retail",
            "e-commerce",
            "E-commerce",
            "ecommerce",
            "E-commerce",
            "telecom",
            "Telecom",
            "telecommunications",
            "Telecom",
            "energy",
            "Energy",
            "utilities",
            "Utilities",
            "oil and gas",
            "Oil and Gas",
            "automotive",
            "Automotive",
            "manufacturing",
            "Manufacturing",
            "logistics",
            "Logistics",
            "supply chain",
            "Supply Chain",
            "airline",
            "Airline",
            "aviation",
            "Aviation",
            "hospitality",
            "Hospitality",
            "education",
            "Education",
            "government",
            "Government",
            "public sector",
            "Public Sector",
            "federal",
            "Federal Government",
            "state government",
            "State Government",
            "media",
            "Media",
            "entertainment",
            "Entertainment",
            "gaming",
            "Gaming",
            "real estate",
            "Real Estate",
            "legal",
            "Legal",
            "non-profit",
            "Non-profit",
            "biotech",
            "Biotech",
            "medical devices",
            "Medical Devices",
            "semiconductor",
            "Semiconductor",
            "aerospace",
            "Aerospace",
            "defense",
            "Defense",
            "transportation",
            "Transportation",
            "hr tech",
            "HR Tech",
            "cpg",
            "Consumer Goods",
            "consumer goods",
            "Consumer Goods"
        };
        for (int i = 0; i < d.length; i += 2) {
            DOMAINS.put(d[i], d[i + 1]);
        }
    }

    private static final Pattern CONTEXT;

    static {
        List<String> keys = new ArrayList<>(DOMAINS.keySet());
        keys.sort((a, b) -> b.length() - a.length());
        String alt = String.join("|", keys.stream().map(Pattern::quote).toList());
        CONTEXT = Pattern.compile("(?i)\\b(" + alt
                + ")\\s+(field|domain|industry|sector|space|client|company|vertical|organization|firm|background|experience|project"
                + "|payer|provider)\\b"
                + "|\\b(?:in|within|for)\\s+(?:the\\s+)?(" + alt + ")\\b(?!\\s+(?:skills|tools))");
    }

    private Domains() {}

    /** Domains named with a domain word or an "in the X" phrase in the lines, and the domain label's value. */
    static List<Sourced<String>> find(String labelValue, String labelLine, List<String> lines) {
        Set<String> seen = new LinkedHashSet<>();
        List<Sourced<String>> out = new ArrayList<>();
        if (labelValue != null) {
            for (String part : labelValue.split("\\s*[,/&;]\\s*|\\s+and\\s+")) {
                String v = Text.trimValue(part.replaceAll("(?i)\\b(domain|industry|sector)\\b", ""));
                String canonical = DOMAINS.getOrDefault(
                        v.toLowerCase(java.util.Locale.ROOT), v.isEmpty() ? null : capitalizeWords(v));
                if (canonical != null && seen.add(canonical)) {
                    out.add(Sourced.of(canonical, labelLine));
                }
            }
        }
        for (String line : lines) {
            Matcher m = CONTEXT.matcher(line);
            while (m.find()) {
                String key = (m.group(1) != null ? m.group(1) : m.group(3)).toLowerCase(java.util.Locale.ROOT);
                String canonical = DOMAINS.get(key);
                if (canonical != null && seen.add(canonical)) {
                    out.add(Sourced.of(canonical, line));
                }
            }
        }
        return out;
    }

    static String capitalizeWords(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                b.append(b.isEmpty() ? "" : " ")
                        .append(Character.toUpperCase(w.charAt(0)))
                        .append(w.substring(1));
            }
        }
        return b.toString();
    }
}
