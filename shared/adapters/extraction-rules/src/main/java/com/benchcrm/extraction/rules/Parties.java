package com.benchcrm.extraction.rules;

import com.benchcrm.extraction.Sourced;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The chain between the vendor and the company the work is for: "Client:" and "End client:"
 * (the client of a mail that also names an end client is the implementation partner),
 * "Implementation partner:", "Prime vendor:"/"MSP:", and the same in a sentence ("with our
 * implementation partner X for their end client Y").
 */
record Parties(Sourced<String> endClient, Sourced<String> implementationPartner, Sourced<String> primeVendor) {

    private static final String NAME = "([A-Z][A-Za-z0-9&.'’-]*(?:\\s+(?:of|and|&|[A-Z][A-Za-z0-9&.'’-]*)){0,5})";
    private static final Pattern END_CLIENT =
            Pattern.compile("(?i:\\bend[- ]client)(?:\\s+(?:is|will be|:|-))?\\s+" + NAME);
    private static final Pattern PARTNER =
            Pattern.compile("(?i:\\bimplementation partner)(?:\\s+(?:is|will be|:|-))?\\s+" + NAME);
    private static final Pattern PRIME = Pattern.compile("(?i:\\bprime vendor)(?:\\s+(?:is|will be|:|-))?\\s+" + NAME);
    private static final Pattern PARTY_LINE =
            Pattern.compile("(?i)^\\W*(end[- ]client|client|implementation partner|prime vendor|msp)\\b");
    private static final Pattern NOT_A_NAME =
            Pattern.compile("(?i)^(for|their|our|the|a|an|is|will|who|which|and|through|in|at|on|with)\\b");

    /**
     * A "Client:" value split into the client and what it names beside it: "Capital One (via Cognizant)" and
     * "Example Insurance through Sample Infotech" are the client and its implementation partner; "Example Energy
     * (Direct client)" the client, said to be direct. {@code partner} is null when none is named.
     */
    record ClientValue(
            String client,
            @Nullable String partner,
            @Nullable String endClient,
            boolean direct) {}

    /** A value that withholds the party's name ("Confidential", "TBD", "will disclose later"). */
    static final Pattern WITHHELD =
            Pattern.compile("(?i)^(direct( client)?|confidential|undisclosed|tbd|n/?a|will (be )?disclose.*)$");

    /** "Example Bank (End client: Example Holdings)": the end client named in brackets after the client. */
    private static final Pattern END_CLIENT_IN_BRACKETS =
            Pattern.compile("(?i)\\s*\\(\\s*end[- ]?client\\s*[:-]\\s*([^)]+?)\\s*\\)\\s*$");

    private static final Pattern VIA = Pattern.compile(
            "(?i)^(.+?)\\s*(?:\\(\\s*(?:via|through|thru)\\s+([^)]+?)\\s*\\)|\\s(?:via|through|thru)\\s+(\\S.*))$");
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i)\\s*[(\\[]\\s*(direct(?: client)?|end client|client|confidential|fortune \\d+)\\s*[)\\]]\\s*$");

    /** A bar never stands inside a firm's name: what follows it is another field ("| Vendor - Sample Tech"). */
    private static String firstField(String value) {
        return value.split("\\s*\\|+\\s*", 2)[0];
    }

    static ClientValue clientValue(String value) {
        String v = firstField(value).strip();
        String endClient = null;
        Matcher e = END_CLIENT_IN_BRACKETS.matcher(v);
        if (e.find() && e.start() > 0) {
            endClient = Text.trimValue(e.group(1));
            if (WITHHELD.matcher(endClient).matches()) {
                endClient = null; // "(end client: confidential)" names none
            }
            v = v.substring(0, e.start()).strip();
        }
        boolean direct = false;
        Matcher q = QUALIFIER.matcher(v);
        if (q.find() && q.start() > 0) {
            direct = q.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("direct");
            v = v.substring(0, q.start()).strip();
        }
        Matcher m = VIA.matcher(v);
        if (m.matches()) {
            String partner = Text.trimValue(m.group(2) != null ? m.group(2) : m.group(3));
            String client = Text.trimValue(m.group(1));
            if (!client.isEmpty() && !partner.isEmpty() && Character.isUpperCase(partner.charAt(0))) {
                return new ClientValue(client, partner, endClient, direct);
            }
        }
        return new ClientValue(v, null, endClient, direct);
    }

    /**
     * "We have an immediate opening with our client Example Airlines for ...", "Our client, Example Bank, is
     * looking for ...": the client named in a sentence, when no label names it. The name must be capitalized
     * ("our client in Dallas", "our direct client, a Fortune 500 retailer" name none).
     */
    private static final Pattern OUR_CLIENT = Pattern.compile("(?i:\\bour\\s+(?:direct\\s+)?client),?\\s+" + NAME
            + "(?=\\s*(?:,|\\.|;|$|\\s(?i:is|are|has|have|for|in|at|located|based|seeks|needs|wants)\\b))");

    /** A chain named in a sentence: the client, and the firm between it and the vendor, as partner or prime. */
    record Chain(
            Sourced<String> client,
            @Nullable Sourced<String> partner,
            @Nullable Sourced<String> prime) {}

    /**
     * "... the QA Lead role with Example Bank through Sample Global (prime vendor)", "This role is with Example Bank
     * via Sample Tech", "an opening with our client Example Airlines through Sample Consulting": the client and the
     * firm the work comes through, named in a sentence when no label names the client. The firm is the
     * implementation partner unless the bracket after it says prime vendor (or MSP). Only after a word for the job
     * ("role", "position", "opening", ...) or "our client": "experience with Kafka through Confluent" names none.
     */
    private static final Pattern CHAIN = Pattern.compile(
            "(?i:\\b(?:role|position|opening|requirement|project|opportunity|contract|engagement)s?\\s+(?:is\\s+)?with"
                    + "(?:\\s+our(?:\\s+direct)?\\s+client)?|\\bour\\s+(?:direct\\s+)?client),?\\s+"
                    + NAME + "\\s+(?i:through|via|thru)\\s+" + NAME
                    + "(\\s*\\(\\s*(?i:prime vendor|prime|msp|implementation partner|ip)\\s*\\))?");

    static @Nullable Chain chainInSentence(List<String> lines) {
        for (String line : lines) {
            if (PARTY_LINE.matcher(line).find()) {
                continue;
            }
            Matcher m = CHAIN.matcher(line);
            if (m.find()
                    && !NOT_A_NAME.matcher(m.group(1)).find()
                    && !NOT_A_NAME.matcher(m.group(2)).find()) {
                Sourced<String> client =
                        Sourced.of(m.group(1).replaceAll("[.,;]+$", "").strip(), line);
                Sourced<String> firm =
                        Sourced.of(m.group(2).replaceAll("[.,;]+$", "").strip(), line);
                boolean prime = m.group(3) != null
                        && m.group(3).toLowerCase(java.util.Locale.ROOT).matches(".*(prime|msp).*");
                return prime ? new Chain(client, null, firm) : new Chain(client, firm, null);
            }
        }
        return null;
    }

    static @Nullable Sourced<String> clientInSentence(List<String> lines) {
        for (String line : lines) {
            if (PARTY_LINE.matcher(line).find()) {
                continue;
            }
            Sourced<String> c = inSentence(OUR_CLIENT, line);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    static Parties of(
            Sourced<String> client,
            @Nullable Sourced<String> partnerOfClient,
            @Nullable Sourced<String> endClientOfClient,
            Optional<Labels.Label> endClientLabel,
            Optional<Labels.Label> partnerLabel,
            Optional<Labels.Label> primeLabel,
            @Nullable Sourced<String> primeOfClient,
            List<String> lines) {
        Sourced<String> end =
                endClientLabel.map(l -> named(l.value(), l.line())).orElse(endClientOfClient);
        Sourced<String> partner =
                partnerLabel.map(l -> named(l.value(), l.line())).orElse(partnerOfClient);
        Sourced<String> prime = primeLabel.map(l -> named(l.value(), l.line())).orElse(primeOfClient);
        for (String line : lines) {
            if (end == null) {
                end = inSentence(END_CLIENT, line);
            }
            if (partner == null) {
                partner = inSentence(PARTNER, line);
            }
            if (prime == null) {
                prime = inSentence(PRIME, line);
            }
        }
        if (partner == null && end != null && client != null && !client.value().equalsIgnoreCase(end.value())) {
            partner = client;
        }
        return new Parties(end, partner, prime);
    }

    /** A line that names a party of the chain (its places are the client's, not the job's). */
    static boolean isPartyLine(String line) {
        return PARTY_LINE.matcher(line).find();
    }

    private static Sourced<String> named(String value, String line) {
        String v = Text.trimValue(value == null ? "" : firstField(value).replaceAll("\\s*\\(.*?\\)\\s*$", ""));
        if (v.isEmpty() || v.length() > 100 || WITHHELD.matcher(v).matches()) {
            return null;
        }
        return Sourced.of(v, line);
    }

    private static Sourced<String> inSentence(Pattern p, String line) {
        if (line.matches("(?i)^\\W*(end[- ]client|implementation partner|prime vendor)\\s*[:=-].*")) {
            return null; // a label line is read as a label
        }
        Matcher m = p.matcher(line);
        if (m.find() && !NOT_A_NAME.matcher(m.group(1)).find()) {
            String v = m.group(1).replaceAll("[.,;]+$", "").trim();
            return v.isEmpty() ? null : Sourced.of(v, line);
        }
        return null;
    }
}
