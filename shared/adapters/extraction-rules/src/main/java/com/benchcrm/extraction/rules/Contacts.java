package com.benchcrm.extraction.rules;

import com.benchcrm.extraction.ExtractedContact;
import com.benchcrm.extraction.Sourced;
import com.benchcrm.mail.MailAddress;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The vendor's company and recruiter, from the signature and the sender. */
final class Contacts {

    static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]{1,64}+@[A-Za-z0-9.-]{1,253}(?<=\\.[A-Za-z]{2,63})");
    /** A US number (optionally +1, an extension), or an Indian mobile written in two groups of five ("+91 98765 43210"). */
    static final Pattern PHONE = Pattern.compile(
            "(?<![\\d-])(?:(?:\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?:\\s*(?:x|ext\\.?|extension)\\s*\\d{1,6})?"
                    + "|(?:\\+91[\\s-]?)?[6-9]\\d{4}[\\s-]\\d{5})(?![\\d-])");

    private static final Pattern COMPANY = Pattern.compile(
            "(?i)\\b(inc\\.?|llc|l\\.l\\.c\\.|ltd\\.?|limited|corp\\.?|corporation|solutions|technologies|technology solutions|staffing|"
                    + "consulting|systems|group|services|software|infotech|infosystems|global|partners|associates|labs|"
                    + "it services|technology|resources|tech)\\s*$");
    private static final Pattern LEGAL_SUFFIX =
            Pattern.compile("(?i)\\b(inc\\.?|llc|l\\.l\\.c\\.|ltd\\.?|limited|corp\\.?|corporation|pvt\\.?)\\s*$");
    private static final Pattern CLOSING = Pattern.compile(
            "(?i)^(thanks?( you)?|regards|best|sincerely|cheers|warm|kind|thanks\\s*(&|and)\\s*regards|best regards|--|-+)\\W*$|^thanks\\s*(&|and)\\s*regards.*$");
    /** "Sam Rivera", "Sam J. Rivera", and a last name given as an initial ("Rahul K", "Rahul K."). */
    private static final Pattern NAME =
            Pattern.compile("^[A-Z][A-Za-z.'’-]+(?:\\s+[A-Za-z][A-Za-z.'’-]+){0,3}(?:\\s+[A-Z]\\.?)?\\s*,?$");

    private static final Pattern JOB_WORDS = Pattern.compile(
            "(?i)\\b(recruiter|manager|lead|director|executive|specialist|coordinator|consultant|us it|it recruiter|talent|"
                    + "sales|account|hr|resource|associate|sourcing|bench|head|vp|president|founder|partner)\\b");
    private static final Set<String> FREE_MAIL = Set.of(
            "gmail.com",
            "yahoo.com",
            "hotmail.com",
            "outlook.com",
            "aol.com",
            "icloud.com",
            "live.com",
            "msn.com",
            "googlegroups.com",
            "protonmail.com",
            "yahoo.co.in",
            "rediffmail.com",
            "mail.com");
    private static final Pattern GREETINGS_FROM =
            Pattern.compile("(?i)greetings from\\s+([A-Z][A-Za-z0-9&.' -]{1,40}?)(?:[!.,]|$)");
    private static final Pattern WORKING_FOR = Pattern.compile(
            "(?i)working (?:as|with)\\b.{0,40}?\\b(?:for|at|with)\\s+([A-Z][A-Za-z0-9&.' -]{1,40}?)(?:[!.,]|$)");

    private static final Pattern NAME_THEN_JOB = Pattern.compile("\\s*\\|\\s*|\\s+[-–—]\\s+|,\\s+");

    private Contacts() {}

    private static boolean isName(String t) {
        return NAME.matcher(t).matches()
                && !JOB_WORDS.matcher(t).find()
                && !COMPANY.matcher(t).find()
                && t.split("\\s+").length <= 4
                && !t.contains("@");
    }

    static ExtractedContact contact(String signature, MailAddress sender) {
        List<Text.Line> lines = Text.lines(signature == null ? "" : signature);
        String name = null;
        String nameSource = null;
        String email = null;
        String phone = null;
        for (Text.Line l : lines) {
            String t = l.text()
                    .replaceAll(
                            "^(?i)(name|e-?mail|email id|phone|mobile|cell|desk( number)?|contact|tel|primary|direct|o|m|c)\\s*[:.]\\s*",
                            "")
                    .trim();
            if (t.isEmpty()
                    || CLOSING.matcher(t).matches()
                    || Signatures.CLOSING.matcher(t).matches()) {
                continue;
            }
            if (email == null) {
                Matcher e = EMAIL.matcher(t);
                if (e.find()) {
                    email = e.group();
                }
            }
            if (phone == null) {
                Matcher p = PHONE.matcher(t);
                if (p.find()) {
                    phone = p.group().trim();
                }
            }
            if (name == null && isName(t)) {
                name = t.replaceAll(",$", "");
                nameSource = l.text();
            }
            // "Sam Rivera | Sr. Technical Recruiter", "Sam Rivera - Lead Recruiter", "Sam Rivera | Example Consulting
            // Group | sam@...": the name, then the job or the firm
            String[] nameAndJob = name == null ? NAME_THEN_JOB.split(t, 2) : new String[0];
            if (nameAndJob.length == 2 && isName(nameAndJob[0].trim()) && jobOrCompany(nameAndJob[1])) {
                name = nameAndJob[0].trim();
                nameSource = l.text();
            }
        }
        if (sender != null) {
            if (name == null && sender.name() != null) {
                name = sender.name();
                nameSource = sender.name() + " <" + sender.email() + ">";
            }
            if (email == null) {
                email = sender.email();
            }
        }
        if (name == null && email == null && phone == null) {
            return null;
        }
        String source = nameSource != null
                ? nameSource
                : signature != null && !signature.isBlank()
                        ? Text.squash(signature.length() > 200 ? signature.substring(0, 200) : signature)
                        : email;
        return new ExtractedContact(name, email, phone, source);
    }

    /** The part after a name on a signature line: a job ("Sr. Technical Recruiter") or a firm, then maybe more. */
    private static boolean jobOrCompany(String rest) {
        String first = BAR.split(rest.trim(), 2)[0].trim();
        return JOB_WORDS.matcher(first).find() || COMPANY.matcher(first).find();
    }

    /** "Talent" right before a firm's last word names the firm ("Example Talent Partners"), not a job. */
    private static final Pattern FIRM_TALENT = Pattern.compile("(?i)\\btalent\\b(?=\\s+\\S+\\s*$)");

    private static final Pattern BAR = Pattern.compile("\\s*\\|\\s*");
    /**
     * "Lead Recruiter, Example Workforce Inc.", "Sr. Recruiter - Example Staffing LLC", "Recruiter at Example
     * Consulting Group": a job, a comma, dash or "at", then the firm.
     */
    private static final Pattern JOB_COMMA =
            Pattern.compile("^([^,]{2,40}?)(?:,\\s+|\\s+[-\u2013\u2014]\\s+|\\s+(?:at|@)\\s+)(\\S.*)$");

    static Sourced<String> company(String signature, String body, MailAddress sender) {
        for (Text.Line l : Text.lines(signature == null ? "" : signature)) {
            // "Lakeshore Talent LLC": a legal suffix makes a firm whatever words come before it; on a line of parts
            // separated by bars ("Sam Rivera | Example Consulting Group | sam@..."), each part is looked at, the
            // last first (where a firm follows a name or a job)
            List<String> parts =
                    new java.util.ArrayList<>(List.of(BAR.split(l.text().trim())));
            java.util.Collections.reverse(parts);
            for (String part : parts) {
                String candidate = part.trim();
                Matcher jobFirst = JOB_COMMA.matcher(candidate);
                if (jobFirst.matches()
                        && JOB_WORDS.matcher(jobFirst.group(1)).find()
                        && !COMPANY.matcher(jobFirst.group(1)).find()
                        && !LEGAL_SUFFIX.matcher(jobFirst.group(2)).matches()) {
                    candidate = jobFirst.group(2).trim();
                }
                if (!candidate.isEmpty()
                        && candidate.length() <= 60
                        && !candidate.contains("@")
                        && COMPANY.matcher(candidate).find()
                        && (LEGAL_SUFFIX.matcher(candidate).find()
                                || !JOB_WORDS
                                        .matcher(FIRM_TALENT.matcher(candidate).replaceAll(""))
                                        .find())
                        && !candidate
                                .toLowerCase(Locale.ROOT)
                                .matches(".*\\b(delivering|providing|years|since)\\b.*")) {
                    return Sourced.of(candidate.replaceAll("[,.]$", ""), l.text());
                }
            }
        }
        if (body != null) {
            for (Pattern p : List.of(GREETINGS_FROM, WORKING_FOR)) {
                Matcher m = p.matcher(body);
                if (m.find()) {
                    String c = m.group(1).trim();
                    if (!c.isEmpty()) {
                        return Sourced.of(capitalize(c), m.group().trim());
                    }
                }
            }
        }
        if (sender != null
                && sender.domain() != null
                && !FREE_MAIL.contains(sender.domain())
                && !sender.domain().endsWith(".example")
                && !sender.domain().equals("example.com")) {
            String d = sender.domain();
            String[] parts = d.split("\\.");
            String label = parts.length >= 2 ? parts[parts.length - 2] : parts[0];
            if (label.length() >= 2 && !label.equals("example")) {
                return Sourced.of(capitalize(label.replace('-', ' ')), sender.email());
            }
        }
        return null;
    }

    private static String capitalize(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!w.isEmpty()) {
                b.append(b.isEmpty() ? "" : " ")
                        .append(Character.toUpperCase(w.charAt(0)))
                        .append(w.substring(1));
            }
        }
        return b.toString();
    }
}
