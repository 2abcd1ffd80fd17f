package com.benchcrm.company;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What makes two company names or mail domains the same firm, per tenant.
 *
 * <pre>{@code
 * CompanyNames.normalize("Acme Technologies, Inc.")  // "acme"
 * CompanyNames.normalize("ACME Corp")                // "acme"
 * CompanyNames.normalize("Tata Consultancy Services Ltd") // "tata consultancy services"
 * CompanyNames.isFreeMail("gmail.com")               // true: never a company's domain
 * }</pre>
 *
 * <p>Only legal-form suffixes and "Technologies"/"Technology" are dropped, and only at the end: words
 * such as "Systems" or "Consulting" tell firms apart ("Apex Systems" is not "Apex Consulting").
 */
public final class CompanyNames {

    /** Trailing words dropped from a name, repeatedly ("Acme Technologies Pvt Ltd" -> "acme"). */
    private static final Set<String> SUFFIXES = Set.of(
            "inc",
            "incorporated",
            "llc",
            "ltd",
            "limited",
            "corp",
            "corporation",
            "co",
            "company",
            "plc",
            "llp",
            "lp",
            "pllc",
            "pc",
            "gmbh",
            "ag",
            "sa",
            "bv",
            "pvt",
            "private",
            "pty",
            "technologies",
            "technology");

    /** Mailbox providers: an address there says nothing about the sender's firm. */
    private static final Set<String> FREE_MAIL = Set.of(
            "gmail.com",
            "googlemail.com",
            "yahoo.com",
            "ymail.com",
            "rocketmail.com",
            "hotmail.com",
            "outlook.com",
            "live.com",
            "msn.com",
            "aol.com",
            "icloud.com",
            "me.com",
            "mac.com",
            "protonmail.com",
            "proton.me",
            "pm.me",
            "gmx.com",
            "gmx.net",
            "gmx.de",
            "mail.com",
            "zoho.com",
            "zohomail.com",
            "yandex.com",
            "yandex.ru",
            "rediffmail.com",
            "fastmail.com",
            "tutanota.com",
            "hey.com",
            "qq.com",
            "163.com",
            "126.com",
            "inbox.com",
            "comcast.net",
            "verizon.net",
            "att.net",
            "sbcglobal.net",
            "bellsouth.net",
            "cox.net",
            "earthlink.net",
            "web.de");

    /** Providers with a domain per country ("yahoo.co.in", "hotmail.co.uk", "outlook.in"). */
    private static final List<String> FREE_MAIL_PREFIXES =
            List.of("yahoo.", "hotmail.", "outlook.", "live.", "gmail.", "aol.", "rediffmail.", "ymail.");

    private CompanyNames() {}

    /**
     * The dedupe key of a company name: accents removed, "&" as "and", case and punctuation folded,
     * whitespace collapsed, a leading "the" and trailing legal suffixes dropped. A name made only of
     * suffixes keeps its last word ("Technologies Inc" -> "technologies"). Empty for a name without
     * letters or digits.
     */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        if (s.isEmpty()) {
            return "";
        }
        List<String> words = new java.util.ArrayList<>(List.of(s.split(" ")));
        // "l l c", "l.l.c.", "p.c." fold to single letters: join runs of one-letter words first
        words = joinInitials(words);
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    private static List<String> joinInitials(List<String> words) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String w : words) {
            if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
                run.append(w);
                continue;
            }
            if (!run.isEmpty()) {
                out.add(run.toString());
                run.setLength(0);
            }
            out.add(w);
        }
        if (!run.isEmpty()) {
            out.add(run.toString());
        }
        return out;
    }

    /** A mail domain as stored: trimmed, lower case, without a leading "@" or "www."; null when blank. */
    public static String domain(String domain) {
        if (domain == null) {
            return null;
        }
        String d = domain.trim().toLowerCase(Locale.ROOT);
        if (d.startsWith("@")) {
            d = d.substring(1);
        }
        if (d.startsWith("www.")) {
            d = d.substring(4);
        }
        while (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        return d.isEmpty() ? null : d;
    }

    /** The domain of an e-mail address, as {@link #domain} stores it; null without an "@". */
    public static String domainOfEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 || at == email.length() - 1 ? null : domain(email.substring(at + 1));
    }

    /** Whether the domain belongs to a mailbox provider (gmail.com, yahoo.co.in, ...): never a company's domain. */
    public static boolean isFreeMail(String domain) {
        String d = domain(domain);
        if (d == null) {
            return false;
        }
        if (FREE_MAIL.contains(d)) {
            return true;
        }
        for (String prefix : FREE_MAIL_PREFIXES) {
            if (d.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The domain of an address when it can identify a company: null for free mail. */
    public static String companyDomainOfEmail(String email) {
        String d = domainOfEmail(email);
        return d == null || isFreeMail(d) ? null : d;
    }
}
