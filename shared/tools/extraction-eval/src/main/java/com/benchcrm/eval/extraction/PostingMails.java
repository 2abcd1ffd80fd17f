package com.benchcrm.eval.extraction;

import com.benchcrm.common.Json;
import com.benchcrm.skills.Skill;
import com.benchcrm.skills.SkillTaxonomy;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Real postings with structured columns wrapped as vendor mail, at run time (nothing of the data
 * is stored in the repository), with the labels the columns give: the NYC Jobs IT postings (title,
 * salary range and frequency, full or part time) and the Dice titles with the skills recruiters
 * typed ("Required Skills"). What the columns do not hold (place, contract length, rate, visa
 * terms, interview mode, the vendor chain, the recruiter's signature, administrative lines) is
 * filled from invented values, so the labels of those fields are exact by construction.
 *
 * <p>Every phrasing slot of the templates has an even number of variants: mails of the development
 * part use the even-numbered ones and mails of the measuring part the odd-numbered ones, so the
 * measuring part is written in phrasings the development part never shows. A Dice posting becomes a
 * one-requirement mail or a row of a digest (a numbered list, repeated Role/Location blocks, an
 * HTML table, "Position N" headings, one line per position); a digest only holds postings of one
 * part.
 *
 * <p>All invented people, firms, addresses and numbers are fictional ({@code example.com} domains,
 * {@code 555-01xx} phones).
 */
public final class PostingMails {

    static final List<String> EADS = List.of("GC_EAD", "H4_EAD", "L2_EAD", "OPT_EAD");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)^\\W*(see\\b.*|please\\b.*|refer\\b.*|.*\\bjob description\\b.*|.*\\bjd\\b.*|n/?a|na|none|tbd|other|various|"
                    + "as per .*|.*\\bbelow\\b.*|.*\\babove\\b.*|\\d+|-+|\\.+)\\W*$");
    private static final Pattern CLEAN_TITLE = Pattern.compile("^[A-Za-z][A-Za-z.#+/& ]{2,60}$");
    private static final Pattern ROLE_NOUN = Pattern.compile(
            "(?i)\\b(developer|engineer|administrator|analyst|architect|consultant|"
                    + "manager|lead|tester|dba|designer|scientist|specialist|programmer|technician|sdet|writer|support|director|coordinator)s?\\b");
    /** Words for a person in a job. */
    private static final Pattern JOB_WORDS =
            Pattern.compile("(?i)\\b(developers?|engineers?|administrators?|admins?|analysts?|architects?"
                    + "|consultants?|managers?|leads?|testers?|designers?|scientists?|specialists?|programmers?|technicians?|coordinators?|directors?"
                    + "|officers?|owners?|masters?|writers?|recruiters?|experts?|associates?|accountants?|auditors?|modell?ers?|stewards?"
                    + "|strategists?|trainers?|interns?)\\b");

    private static final Pattern SENIORITY = Pattern.compile(
            "(?i)^(senior|sr\\.?|snr|junior|jr\\.?|lead|principal|staff|mid[- ]level|entry[- ]level)\\s+");

    private PostingMails() {}

    // ------------------------------------------------------------------------------ invented values

    private static final String[] CITIES = {
        "Dallas|TX|Texas",
        "Charlotte|NC|North Carolina",
        "Jersey City|NJ|New Jersey",
        "Phoenix|AZ|Arizona",
        "Columbus|OH|Ohio",
        "Atlanta|GA|Georgia",
        "Chicago|IL|Illinois",
        "Denver|CO|Colorado",
        "Seattle|WA|Washington",
        "Boston|MA|Massachusetts",
        "Irving|TX|Texas",
        "Tampa|FL|Florida",
        "Richmond|VA|Virginia",
        "Minneapolis|MN|Minnesota",
        "Pittsburgh|PA|Pennsylvania",
        "Raleigh|NC|North Carolina",
        "Austin|TX|Texas",
        "Plano|TX|Texas",
        "Sunnyvale|CA|California",
        "Salt Lake City|UT|Utah",
        "Hartford|CT|Connecticut",
        "Detroit|MI|Michigan",
        "Nashville|TN|Tennessee",
        "Kansas City|MO|Missouri",
        "St. Louis|MO|Missouri",
        "Indianapolis|IN|Indiana",
        "Milwaukee|WI|Wisconsin",
        "Baltimore|MD|Maryland",
        "Portland|OR|Oregon",
        "Philadelphia|PA|Pennsylvania",
        "Houston|TX|Texas",
        "San Jose|CA|California",
        "Irvine|CA|California",
        "Durham|NC|North Carolina",
        "Orlando|FL|Florida",
        "Cincinnati|OH|Ohio",
        "Wilmington|DE|Delaware",
        "Reston|VA|Virginia",
        "Alpharetta|GA|Georgia",
        "Malvern|PA|Pennsylvania",
        "Iselin|NJ|New Jersey",
        "Bentonville|AR|Arkansas",
        "Des Moines|IA|Iowa",
        "Omaha|NE|Nebraska",
        "Madison|WI|Wisconsin",
        "Boise|ID|Idaho",
        "Albany|NY|New York",
        "Sacramento|CA|California",
        "Lansing|MI|Michigan",
        "Juno Beach|FL|Florida"
    };
    private static final String[] FIRST = {
        "Avery", "Jordan", "Riley", "Morgan", "Taylor", "Casey", "Quinn", "Rowan", "Parker", "Emerson", "Hayden",
        "Reese", "Skyler", "Dakota", "Finley", "Harper", "Kendall", "Logan", "Peyton", "Sawyer"
    };
    private static final String[] LAST = {
        "Examplar",
        "Samplewood",
        "Testerman",
        "Mockridge",
        "Placeford",
        "Fictionson",
        "Demopoulos",
        "Stubbins",
        "Fakhouri",
        "Notreal",
        "Invently",
        "Madeupski",
        "Dummond",
        "Pseudova",
        "Anonymo",
        "Surrogate"
    };
    private static final String[] VENDOR = {
        "Bluepeak",
        "Northwind Talent",
        "Crestline",
        "Ironbridge",
        "Silverleaf",
        "Keystone Pivot",
        "Brightpath",
        "Oakridge Digital",
        "Summitview",
        "Lakeshore Talent",
        "Redwood Bay",
        "Granite Arc",
        "Harborlight",
        "Pinecrest"
    };
    private static final String[] VENDOR_SUFFIX = {
        "Inc", "LLC", "Technologies Inc", "Solutions LLC", "IT Services Inc", "Consulting LLC"
    };
    private static final String[] PARTNER = {
        "Orbitel Systems",
        "Quantica Consulting",
        "Vertexa Global",
        "Nimbus Delivery Partners",
        "Cobalt Arc Services",
        "Meridian Stack",
        "Helix IT Partners",
        "Tessellate Technologies"
    };
    private static final String[] END_CLIENT = {
        "Acme Mutual Insurance",
        "Globex Bank",
        "Initech Health",
        "Umbrella Retail",
        "Stark Logistics",
        "Wayne Energy",
        "Tyrell Telecom",
        "Soylent Foods",
        "Wonka Consumer Goods",
        "Hooli Media"
    };
    private static final String[] ROLES = {
        "Technical Recruiter",
        "Sr. IT Recruiter",
        "Account Manager",
        "Lead - Talent Acquisition",
        "US IT Recruiter",
        "Delivery Manager"
    };
    private static final String[] DUTIES = {
        "Work closely with business stakeholders and the delivery team.",
        "Participate in design reviews and provide estimates for new work.",
        "Own features from design through release.",
        "Mentor junior team members and review their work.",
        "Communicate status and risks to the project manager."
    };

    // ----------------------------------------------------------------------------- phrasing slots

    record Variant(String text, Object... gold) {}

    private static final String[] GREETING = {
        "Hi,", "Hello Partner,", "Hi Team,", "Dear Recruiter,", "Good morning,", "Hello,", "Hi there,", "Greetings,"
    };
    private static final String[] INTRO = {
        "Please find the requirement below and share matching profiles.",
        "We have an urgent requirement with our client. Please go through the JD and let me know if you have a consultant.",
        "Hope you are doing well. Below is a requirement we are working on; kindly send resumes with rate and availability.",
        "Please review the job description below and reply with your best candidate.",
        "Sharing an open position with our client. Send me profiles at the earliest.",
        "I am reaching out regarding the opportunity below; please share suitable profiles.",
        "We are hiring for the role below. Reply with a resume, rate and visa status.",
        "This is a direct requirement; the client is interviewing this week."
    };
    private static final String[] TITLE_LABEL = {
        "Role", "Job Title", "Position", "Title", "Job Role", "Position Title", "Role Name", "Job Position"
    };
    private static final String[] LOCATION_LABEL = {
        "Location", "Work Location", "Job Location", "Loc", "Location(s)", "Project Location", "Location", "Worksite"
    };
    private static final String[] SKILLS_LABEL = {
        "Skills",
        "Required Skills",
        "Must Have",
        "Mandatory Skills",
        "Key Skills",
        "Technical Skills",
        "Skill Set",
        "Primary Skills"
    };
    private static final String[] CLOSING = {
        "Thanks & Regards,",
        "Regards,",
        "Best,",
        "Thanks,",
        "Thanks and Regards,",
        "Best Regards,",
        "Warm Regards,",
        "Thank you,"
    };

    private static final String[][] SUBJECTS = {
        {"%title% - %city%, %st% - %duration%"},
        {"Requirement: %title% || %city%, %st% || %emp%"},
        {"Urgent need: %title% at %city%, %st%"},
        {"%title% | %city%, %st% | Long term contract"},
        {"Immediate requirement for %title%"},
        {"Hot Req: %title% (%city%)"},
        {"Direct client requirement - %title% - %city%, %st%"},
        {"Job Opening: %title%"}
    };

    /** Duration lines: text, months (or null), long term. */
    private static final Variant[] DURATION = {
        new Variant("Duration: %n% months", "n", false),
        new Variant("Duration: %n%+ Months", "n", false),
        new Variant("Duration: Long term", null, true),
        new Variant("Contract: %n% months (extendable)", "n", false),
        new Variant("Duration: 1 Year", 12, false),
        new Variant("Duration: Long Term Contract (24+ months)", 24, true),
        new Variant("Length of assignment: %n% months with possible extension", "n", false),
        new Variant("Duration: %n% months, likely to extend", "n", false),
        new Variant("Duration: Ongoing / long term", null, true),
        new Variant("Contract Duration: %n% Months", "n", false)
    };

    /** Rate lines: text, amount key ("a" hourly, "A" thousands a year), unit, employment type. */
    private static final Variant[] RATE = {
        new Variant("Rate: $%a%/hr on C2C", "a", "HOUR", "C2C"),
        new Variant("Pay Rate: $%a% per hour W2", "a", "HOUR", "W2"),
        new Variant("Bill Rate: $%a%/hr (C2C)", "a", "HOUR", "C2C"),
        new Variant("Rate : $ %a%/Hour on C2C", "a", "HOUR", "C2C"),
        new Variant("Compensation: $%A%,000 per year + benefits (Full-time)", "A", "YEAR", "FULL_TIME"),
        new Variant("Rate: $%a%-$%a5%/hr C2C", "a", "HOUR", "C2C"),
        new Variant("Rate: up to $%a%/hr on 1099", "a", "HOUR", "1099"),
        new Variant("Salary: $%A%K - $%A20%K per annum, full time", "A", "YEAR", "FULL_TIME"),
        new Variant("Tax terms: W2 only; rate $%a%/hr", "a", "HOUR", "W2"),
        new Variant("Rate: $%a%/hr all inclusive on C2C", "a", "HOUR", "C2C"),
        new Variant("Rate: DOE", null, null, null),
        new Variant("Rate: Open / market rate", null, null, null)
    };

    /** Visa lines: text, accepted, excluded (EAD = every EAD kind). */
    private static final Variant[] VISA = {
        new Variant("Visa: USC/GC/H1B/EADs (No OPT/CPT)", "US_CITIZEN,GREEN_CARD,H1B,EAD", "OPT_EAD,CPT"),
        new Variant("Visa: USC, GC, H4 EAD only", "US_CITIZEN,GREEN_CARD,H4_EAD", ""),
        new Variant("Work Authorization: Any visa is fine except OPT and CPT", "", "OPT_EAD,CPT"),
        new Variant("Visa: GC/USC only; no H1B", "GREEN_CARD,US_CITIZEN", "H1B"),
        new Variant("Visa: H1B, GC EAD, L2 EAD, GC, USC", "H1B,GC_EAD,L2_EAD,GREEN_CARD,US_CITIZEN", ""),
        new Variant("Work authorization: USC / GC. No H1B.", "US_CITIZEN,GREEN_CARD", "H1B"),
        new Variant("Visa: No OPT, No CPT, No H1B", "", "OPT_EAD,CPT,H1B"),
        new Variant(
                "Candidates on H1B, GC, USC and TN can apply; OPT/CPT will not be considered",
                "H1B,GREEN_CARD,US_CITIZEN,TN",
                "OPT_EAD,CPT"),
        new Variant("Visa: USC/GC/GC-EAD/H4-EAD/L2-EAD", "US_CITIZEN,GREEN_CARD,GC_EAD,H4_EAD,L2_EAD", ""),
        new Variant("Only US Citizens can apply (security clearance)", "US_CITIZEN", ""),
        new Variant("Visa: USC/GC/H1B/EAD", "US_CITIZEN,GREEN_CARD,H1B,EAD", ""),
        new Variant("Visa status: H1B, USC, GC accepted; NO OPT", "H1B,US_CITIZEN,GREEN_CARD", "OPT_EAD")
    };

    /** Interview lines: text, modes. */
    private static final Variant[] INTERVIEW = {
        new Variant("Interview: Phone and Skype", "PHONE,VIDEO"),
        new Variant("Mode of Interview: Video (MS Teams)", "VIDEO"),
        new Variant("Interview: Telephonic followed by F2F", "PHONE,IN_PERSON"),
        new Variant("Interview Process: In-person only", "IN_PERSON"),
        new Variant("Interview: Webex video, 2 rounds", "VIDEO"),
        new Variant("Interview mode: Phone + Face to Face", "PHONE,IN_PERSON"),
        new Variant("Interview: Zoom", "VIDEO"),
        new Variant("Interview: phone screen, then final round in person", "PHONE,IN_PERSON")
    };

    /** Experience lines: text. */
    private static final String[] EXPERIENCE = {
        "Experience: %y%+ years",
        "Minimum %y% years of IT experience",
        "Exp: %y%+ Yrs",
        "%y%+ years of experience required",
        "Experience Required: %y% years",
        "Total experience: %y%+ years in IT"
    };

    /** Chain blocks: text, implementation partner key, end client key, prime key ("ip", "ec", "pv" or null). */
    private static final Variant[] CHAIN = {
        new Variant("Client: %ip%\nEnd Client: %ec%", "ip", "ec", null),
        new Variant("Implementation Partner: %ip%\nEnd Client: %ec%", "ip", "ec", null),
        new Variant("End Client: %ec%", null, "ec", null),
        new Variant("Client: %ec%", null, "ec", null),
        new Variant("Prime Vendor: %pv%\nEnd client: %ec%", null, "ec", "pv"),
        new Variant("Implementation partner - %ip%\nEnd client - %ec%", "ip", "ec", null),
        new Variant(
                "We have this requirement with our implementation partner %ip% for their end client %ec%.",
                "ip", "ec", null),
        new Variant("This position is with %ec% through our partner %ip%.", "ip", "ec", null)
    };

    /** Administrative lines that name documents and identifiers, never skills. */
    private static final String[] ADMIN = {
        "Please share the following details with the resume: Full Name, Contact Number, Email ID, Current Location, Visa Status, LinkedIn ID, Last 4 SSN, DOB (MM/DD), Skype ID",
        "Documents required at submission: DL copy, visa copy, I-94 and passport number.",
        "Note: Candidate must have a valid LinkedIn profile.",
        "Submission requirements: updated resume, RTR, 2 professional references, photo ID.",
        "Kindly attach the skills matrix and the candidate's visa copy.",
        "Please include Job ID %id% in the subject line of your reply.",
        "Job ID: %id%",
        "Req ID# %id%"
    };

    private static final String[] SKILL_STYLE = {
        "label", "bullets", "mustNice", "semicolons", "prose", "labelColonDash", "bulletsNoHeading", "slashes"
    };

    // --------------------------------------------------------------------------------- the sets

    /** The NYC IT postings, one mail each; {@code rows} by Job ID. */
    public static List<LabelledMail> nyc(Map<String, Map<String, String>> rows) {
        Map<String, Part> parts = Part.split("nyc", rows.keySet());
        List<LabelledMail> out = new ArrayList<>();
        for (var e : rows.entrySet()) {
            String id = e.getKey();
            Part part = parts.get(id);
            Map<String, String> r = e.getValue();
            SplittableRandom rnd = random("nyc/" + id);
            Ctx c = new Ctx(part, rnd);
            String title = r.getOrDefault("Business Title", "").trim();
            ObjectNode gold = Json.strict().createObjectNode();
            String titleGold = titleGold(title);
            if (titleGold != null) {
                gold.put("title", titleGold);
            }
            gold.putArray("locations").add("New York, NY");
            StringBuilder body = new StringBuilder();
            body.append(c.pick(GREETING)).append("\n\n").append(c.pick(INTRO)).append("\n\n");
            body.append(c.pick(TITLE_LABEL)).append(": ").append(title).append('\n');
            String[] loc = {"New York, NY", "New York, New York", "New York, NY 10007", "New York NY"};
            body.append(c.pick(LOCATION_LABEL)).append(": ").append(c.pick(loc)).append('\n');
            String work = r.getOrDefault("Work Location", "").trim();
            if (!work.isEmpty()) {
                body.append("Work site: ").append(work).append('\n');
            }
            String from = r.getOrDefault("Salary Range From", "").trim();
            String to = r.getOrDefault("Salary Range To", "").trim();
            boolean hourly = "Hourly".equalsIgnoreCase(r.getOrDefault("Salary Frequency", ""));
            if (!from.isEmpty() && new BigDecimal(from).signum() > 0) {
                BigDecimal lo = new BigDecimal(from).stripTrailingZeros();
                BigDecimal hi = to.isEmpty() ? null : new BigDecimal(to).stripTrailingZeros();
                String unit = hourly
                        ? c.pick(new String[] {"per hour", "/hr", "an hour", "/hour"})
                        : c.pick(new String[] {"per annum", "per year", "/yr", "annually"});
                String[] fmt = {
                    "Salary: $%s%s %s", "Compensation: $%s%s %s", "Pay Range: $%s%s %s", "Salary range: USD %s%s %s"
                };
                String amount = money(lo, !hourly);
                String range = hi == null ? "" : " - $" + money(hi, !hourly);
                body.append(String.format(Locale.ROOT, c.pick(fmt), amount, range, unit))
                        .append('\n');
                ObjectNode rate = gold.putObject("rate");
                rate.put("amount", lo);
                rate.put("unit", hourly ? "HOUR" : "YEAR");
            } else {
                gold.putNull("rate");
            }
            String ft = r.getOrDefault("Full-Time/Part-Time indicator", "").trim();
            if (ft.equals("F")) {
                body.append(c.pick(new String[] {
                            "Employment Type: Full-time",
                            "Job Type: Full Time (permanent)",
                            "Position Type: Full-time",
                            "Type: Full time employment"
                        }))
                        .append('\n');
                gold.put("employmentType", "FULL_TIME");
            } else if (ft.equals("P")) {
                body.append("Job Type: Part-time\n");
                gold.putNull("employmentType");
            } else {
                gold.putNull("employmentType");
            }
            String agency = r.getOrDefault("Agency", "").trim();
            if (!agency.isEmpty()) {
                body.append("Agency: ").append(agency).append('\n');
            }
            body.append('\n').append(c.pick(DUTIES)).append("\n\n");
            Signature sig = signature(c);
            sig.gold(gold);
            body.append(sig.text);
            String subject = subject(c, title, "New York", "NY", "", ft.equals("F") ? "Full-time" : "Contract");
            ObjectNode label = Json.strict().createObjectNode();
            label.putArray("requirements").add(gold);
            out.add(new LabelledMail("nyc", id, part, mime(id, sig, subject, body.toString(), null), false, label));
        }
        return out;
    }

    /** A Dice posting: its id, title and skills string. */
    public record DicePosting(String id, String title, String skills) {}

    /**
     * The Dice postings: about six of ten become one-requirement mails, the rest rows of digests of
     * three to six postings of the same part.
     */
    public static List<LabelledMail> dice(List<DicePosting> postings) {
        Map<String, DicePosting> byId = new LinkedHashMap<>();
        postings.forEach(p -> byId.put(p.id(), p));
        // each posting's part by its own hash (ADR 0112): the sample's membership follows the taxonomy
        Map<String, Part> parts = new LinkedHashMap<>();
        byId.keySet().forEach(id -> parts.put(id, Part.of("dice", id)));
        List<LabelledMail> out = new ArrayList<>();
        for (Part part : Part.values()) {
            List<DicePosting> pending = new ArrayList<>();
            for (DicePosting p : postings) {
                if (parts.get(p.id()) != part) {
                    continue;
                }
                SplittableRandom rnd = random("dice/" + p.id());
                if (rnd.nextInt(10) < 6) {
                    out.add(single(p, part, rnd));
                } else {
                    pending.add(p);
                }
            }
            int i = 0;
            while (i < pending.size()) {
                SplittableRandom rnd = random("dice-digest/" + pending.get(i).id());
                int n = Math.min(pending.size() - i, 3 + rnd.nextInt(4));
                if (n < 2) {
                    out.add(single(pending.get(i), part, rnd));
                    i++;
                    continue;
                }
                out.add(digest(pending.subList(i, i + n), part, rnd));
                i += n;
            }
        }
        return out;
    }

    private static LabelledMail single(DicePosting p, Part part, SplittableRandom rnd) {
        Ctx c = new Ctx(part, rnd);
        Req q = req(p, c);
        StringBuilder body = new StringBuilder();
        body.append(c.pick(GREETING)).append("\n\n").append(c.pick(INTRO)).append("\n\n");
        Chain chain = rnd.nextInt(10) < 6 ? chain(c) : null;
        if (chain != null) {
            body.append(chain.text).append("\n\n");
            chain.gold(q.gold);
        } else {
            q.gold.putNull("endClient");
            q.gold.putNull("implementationPartner");
        }
        if (rnd.nextInt(10) < 5) {
            body.append(c.pick(ADMIN).replace("%id%", "DX-" + (10000 + rnd.nextInt(90000))))
                    .append("\n\n");
        }
        body.append(c.pick(TITLE_LABEL)).append(": ").append(p.title()).append('\n');
        body.append(c.pick(LOCATION_LABEL)).append(": ").append(q.locationText).append('\n');
        for (String line : q.lines) {
            body.append(line).append('\n');
        }
        Variant visa = c.pick(VISA);
        body.append(visa.text()).append('\n');
        visaGold(q.gold, visa);
        Variant interview = rnd.nextBoolean() ? c.pick(INTERVIEW) : null;
        if (interview != null) {
            body.append(interview.text()).append('\n');
        }
        interviewGold(q.gold, interview);
        body.append('\n');
        body.append(skillsBlock(q, c, c.pick(SKILL_STYLE)));
        body.append('\n').append(c.pick(DUTIES)).append("\n\n");
        if (rnd.nextInt(10) < 3) {
            body.append(c.pick(ADMIN).replace("%id%", "JP" + (1000 + rnd.nextInt(9000))))
                    .append("\n\n");
        }
        Signature sig = signature(c);
        sig.gold(q.gold);
        body.append(sig.text);
        boolean remote = q.locationText.equals("Remote");
        String subject =
                subject(c, p.title(), remote ? "Remote" : q.city, remote ? "US" : q.state, q.durationText, q.empText);
        if (subject.toLowerCase(Locale.ROOT).contains("long term")) {
            q.gold.put("longTerm", true); // the subject says so, whatever the duration line says
        }
        ObjectNode label = Json.strict().createObjectNode();
        label.putArray("requirements").add(q.gold);
        boolean html = rnd.nextInt(10) < 3;
        return new LabelledMail(
                "dice",
                p.id(),
                part,
                mime(p.id(), sig, subject, body.toString(), html ? toHtml(body.toString()) : null),
                false,
                label);
    }

    private static final String[] DIGEST = {
        "numbered", "blocks", "table", "positionHeadings", "numberedLines", "dashedBlocks", "tableWide", "boldHeadings"
    };

    private static LabelledMail digest(List<DicePosting> postings, Part part, SplittableRandom rnd) {
        Ctx c = new Ctx(part, rnd);
        String format = c.pick(DIGEST);
        List<Req> reqs = new ArrayList<>();
        for (DicePosting p : postings) {
            reqs.add(req(p, new Ctx(part, random("dice-row/" + p.id()))));
        }
        Variant visa = c.pick(VISA);
        Signature sig = signature(c);
        StringBuilder text = new StringBuilder();
        text.append(c.pick(GREETING)).append("\n\n");
        text.append(c.pick(new String[] {
                    "Please find our current open requirements below.",
                    "Below are the hot requirements for this week.",
                    "We have the following open positions with our clients.",
                    "Sharing our latest requirements; reply with matching profiles.",
                    "Here are today's priority requirements.",
                    "Our team is working on the positions below."
                }))
                .append('\n');
        text.append(visa.text())
                .append(c.pick(
                        new String[] {" (applies to all positions)", " - for all roles below", "", " for every position"
                        }))
                .append("\n\n");
        StringBuilder html = null;
        String id = postings.get(0).id() + "+" + postings.size();
        switch (format) {
            case "table", "tableWide" -> {
                html = new StringBuilder("<html><body><p>")
                        .append(escape(text.toString()).replace("\n", "<br>\n"))
                        .append("</p>\n");
                boolean wide = format.equals("tableWide");
                html.append("<table border=\"1\"><tr><th>")
                        .append(c.pick(new String[] {"Job Title", "Position", "Role", "Title"}))
                        .append("</th><th>Location</th><th>Duration</th>")
                        .append(wide ? "<th>Rate</th>" : "")
                        .append("<th>")
                        .append(c.pick(new String[] {"Skills", "Required Skills", "Key Skills", "Skill Set"}))
                        .append("</th></tr>\n");
                for (Req q : reqs) {
                    html.append("<tr><td>")
                            .append(escape(q.title))
                            .append("</td><td>")
                            .append(escape(q.locationText))
                            .append("</td><td>")
                            .append(escape(q.durationCell))
                            .append("</td>");
                    if (wide) {
                        html.append("<td>")
                                .append(escape(q.rateCell == null ? "DOE" : q.rateCell))
                                .append("</td>");
                    } else {
                        q.gold.remove("rate");
                        q.gold.remove("employmentType");
                    }
                    html.append("<td>")
                            .append(escape(String.join(", ", q.items)))
                            .append("</td></tr>\n");
                    q.gold.remove("minYears");
                    q.gold.remove("workMode");
                    q.technologyOnly(true);
                }
                html.append("</table>\n<p>")
                        .append(escape(sig.text).replace("\n", "<br>\n"))
                        .append("</p></body></html>");
                text = null;
            }
            default -> {
                for (int i = 0; i < reqs.size(); i++) {
                    Req q = reqs.get(i);
                    text.append(block(format, i + 1, q, c)).append('\n');
                }
                text.append(sig.text);
            }
        }
        ArrayNode golds = Json.strict().createArrayNode();
        for (Req q : reqs) {
            visaGold(q.gold, visa);
            sig.gold(q.gold);
            golds.add(q.gold);
        }
        ObjectNode label = Json.strict().createObjectNode();
        label.set("requirements", golds);
        String subject = c.pick(new String[] {
                    "Hot requirements - %n% positions",
                    "Open requirements for this week (%n%)",
                    "Urgent needs: %n% roles",
                    "Multiple requirements - please share profiles",
                    "Today's hot list: %n% openings",
                    "Requirements update",
                    "%n% new C2C requirements",
                    "Priority positions"
                })
                .replace("%n%", String.valueOf(reqs.size()));
        byte[] raw = html != null
                ? mime(id, sig, subject, null, html.toString())
                : mime(id, sig, subject, text.toString(), null);
        return new LabelledMail("dice", id, part, raw, false, label);
    }

    private static String block(String format, int n, Req q, Ctx c) {
        StringBuilder b = new StringBuilder();
        String skills = String.join(", ", q.items);
        switch (format) {
            case "numbered" -> {
                b.append(n).append(") Role: ").append(q.title).append('\n');
                b.append("Location: ").append(q.locationText).append('\n');
                q.lines.forEach(l -> b.append(l).append('\n'));
                b.append("Skills: ").append(skills).append('\n');
            }
            case "blocks" -> {
                b.append("Job Title: ").append(q.title).append('\n');
                b.append("Location: ").append(q.locationText).append('\n');
                q.lines.forEach(l -> b.append(l).append('\n'));
                b.append("Required Skills: ").append(skills).append('\n');
            }
            case "positionHeadings" -> {
                b.append("Position ").append(n).append(": ").append(q.title).append('\n');
                b.append("• Location: ").append(q.locationText).append('\n');
                q.lines.forEach(l -> b.append("• ").append(l).append('\n'));
                b.append("• Skills: ").append(skills).append('\n');
            }
            case "numberedLines" -> {
                b.append(n)
                        .append(". ")
                        .append(q.title)
                        .append(" | ")
                        .append(q.locationText)
                        .append(" | ")
                        .append(q.durationCell)
                        .append(" | Skills: ")
                        .append(skills)
                        .append('\n');
                q.gold.remove("rate");
                q.gold.remove("employmentType");
                q.gold.remove("minYears");
                q.gold.remove("workMode");
                q.technologyOnly(true);
            }
            case "dashedBlocks" -> {
                b.append("----------------------------------------\n");
                b.append("Requirement #").append(n).append('\n');
                b.append("Title : ").append(q.title).append('\n');
                b.append("Location : ").append(q.locationText).append('\n');
                q.lines.forEach(l -> b.append(l).append('\n'));
                b.append("Skills : ").append(skills).append('\n');
            }
            default -> { // boldHeadings (rendered in text as the plain part of an HTML mail would be)
                b.append("*")
                        .append(q.title)
                        .append("* (")
                        .append(q.locationText)
                        .append(")\n");
                q.lines.forEach(l -> b.append(l).append('\n'));
                b.append("Key skills: ").append(skills).append('\n');
            }
        }
        return b.toString();
    }

    // ------------------------------------------------------------------------ one requirement

    private static final class Req {
        String title;
        String city;
        String state;
        String locationText;
        String durationText = "";
        String durationCell = "";
        String rateCell;
        String empText = "Contract";
        List<String> items = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        ObjectNode gold = Json.strict().createObjectNode();
        Set<String> skills = new LinkedHashSet<>();
        Set<String> proseSkills = new LinkedHashSet<>();
        Map<String, String> versions = new LinkedHashMap<>();

        void technologyOnly(boolean on) {
            gold.put("technologySkillsOnly", on);
        }
    }

    private static Req req(DicePosting p, Ctx c) {
        Req q = new Req();
        SplittableRandom rnd = c.rnd;
        q.title = p.title().trim();
        q.gold.put("pairTitle", q.title);
        String titleGold = titleGold(q.title);
        if (titleGold != null) {
            q.gold.put("title", titleGold);
            String s = seniorityOf(q.title);
            if (s != null) {
                q.gold.put("seniority", s);
            }
        }
        String[] city = CITIES[rnd.nextInt(CITIES.length)].split("\\|");
        q.city = city[0];
        q.state = city[1];
        int style = rnd.nextInt(8);
        String mode = null;
        switch (style) {
            case 0 -> q.locationText = city[0] + ", " + city[1];
            case 1 -> q.locationText = city[0] + ", " + city[2];
            case 2 -> q.locationText = city[0] + " " + city[1];
            case 3 -> {
                q.locationText = city[0] + ", " + city[1] + " (Onsite)";
                mode = "ONSITE";
            }
            case 4 -> {
                q.locationText = city[0] + ", " + city[1] + " - Hybrid (3 days onsite)";
                mode = "HYBRID";
            }
            case 5 -> {
                q.locationText = "Remote";
                mode = "REMOTE";
            }
            case 6 -> q.locationText = city[0] + ", " + city[1] + " " + (10000 + rnd.nextInt(89999));
            default -> {
                q.locationText = city[0] + ", " + city[1] + " (Remote option)";
                mode = "REMOTE";
            }
        }
        ArrayNode locs = q.gold.putArray("locations");
        if (style != 5) {
            locs.add(city[0] + ", " + city[1]);
        }
        if (mode == null) {
            q.gold.putNull("workMode");
        } else {
            q.gold.put("workMode", mode);
        }
        // duration
        Variant d = c.pick(DURATION);
        int months = new int[] {3, 6, 6, 9, 12, 12, 18, 24}[rnd.nextInt(8)];
        q.durationText = d.text().replace("%n%", String.valueOf(months));
        q.durationCell = q.durationText.replaceFirst("^[^:]*:\\s*", "");
        q.lines.add(q.durationText);
        Object m = d.gold()[0];
        if (m == null) {
            q.gold.putNull("durationMonths");
        } else {
            q.gold.put("durationMonths", m.equals("n") ? months : (Integer) m);
        }
        q.gold.put("longTerm", (Boolean) d.gold()[1]);
        // rate
        if (rnd.nextInt(10) < 7) {
            Variant r = c.pick(RATE);
            int a = 45 + rnd.nextInt(50);
            int big = 90 + rnd.nextInt(80);
            String line = r.text()
                    .replace("%a5%", String.valueOf(a + 5))
                    .replace("%a%", String.valueOf(a))
                    .replace("%A20%", String.valueOf(big + 20))
                    .replace("%A%", String.valueOf(big));
            q.lines.add(line);
            q.rateCell = line.replaceFirst("^[^:]*:\\s*", "");
            if (r.gold()[0] == null) {
                q.gold.putNull("rate");
                q.gold.putNull("employmentType");
            } else {
                ObjectNode rate = q.gold.putObject("rate");
                rate.put("amount", r.gold()[0].equals("a") ? a : big * 1000);
                rate.put("unit", (String) r.gold()[1]);
                q.gold.put("employmentType", (String) r.gold()[2]);
                q.empText = (String) r.gold()[2];
            }
        } else {
            q.gold.putNull("rate");
            q.gold.putNull("employmentType");
        }
        // experience
        if (rnd.nextInt(10) < 6) {
            int y = 3 + rnd.nextInt(10);
            q.lines.add(c.pick(EXPERIENCE).replace("%y%", String.valueOf(y)));
            q.gold.put("minYears", y);
        } else {
            q.gold.putNull("minYears");
        }
        // skills
        SkillTaxonomy tax = SkillTaxonomy.standard();
        for (String raw : p.skills().split("[,;|\\n]+")) {
            String item = raw.replaceAll("^[\\s●•·\"-]+|[\\s\"]+$", "")
                    .replaceAll("\\s+", " ")
                    .trim();
            if (item.isEmpty() || PLACEHOLDER.matcher(item).matches() || item.length() > 60 || q.items.contains(item)) {
                continue;
            }
            q.items.add(item);
            if (JOB_WORDS.matcher(item).find()) {
                continue; // "Project Manager", "Developer" typed into a skills field name the job, not a skill
            }
            for (Skill s : tax.resolveListItem(item)) {
                if (!s.generic()) {
                    q.skills.add(s.id());
                    String v = Versions.of(item);
                    if (v != null) {
                        q.versions.put(s.name(), v);
                    }
                }
            }
        }
        // technologies the title names are skills the mail states ("Java Developer" asks for Java)
        for (var mention : tax.scan(q.title, true)) {
            if (!mention.skill().generic()
                    && !JOB_WORDS.matcher(mention.text()).find()
                    && !Set.of("practice", "technique", "methodology", "soft-skill", "domain", "certification")
                            .contains(mention.skill().category())) {
                q.skills.add(mention.skill().id());
            }
        }
        ArrayNode skills = q.gold.putArray("skills");
        q.skills.forEach(id -> skills.add(tax.byId(id).map(Skill::name).orElse(id)));
        ObjectNode versions = q.gold.putObject("skillVersions");
        q.versions.forEach(versions::put);
        q.technologyOnly(true);
        return q;
    }

    private static String skillsBlock(Req q, Ctx c, String style) {
        List<String> items = q.items;
        StringBuilder b = new StringBuilder();
        if (items.size() < 2) {
            style = "label";
        }
        switch (style) {
            case "label" ->
                b.append(c.pick(SKILLS_LABEL))
                        .append(": ")
                        .append(String.join(", ", items))
                        .append('\n');
            case "bullets" -> {
                b.append(c.pick(SKILLS_LABEL)).append(":\n");
                items.forEach(i -> b.append("• ").append(i).append('\n'));
            }
            case "mustNice" -> {
                int cut = Math.max(1, (items.size() * 2 + 2) / 3);
                b.append("Must have:\n");
                items.subList(0, cut).forEach(i -> b.append("- ").append(i).append('\n'));
                if (cut < items.size()) {
                    b.append("Nice to have:\n");
                    items.subList(cut, items.size())
                            .forEach(i -> b.append("- ").append(i).append('\n'));
                }
            }
            case "semicolons" ->
                b.append(c.pick(SKILLS_LABEL))
                        .append(": ")
                        .append(String.join("; ", items))
                        .append('\n');
            case "prose" -> {
                String list = items.size() == 1
                        ? items.get(0)
                        : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
                b.append(c.pick(new String[] {
                            "The ideal candidate has strong hands-on experience with ",
                            "Looking for a consultant with experience in ",
                            "Candidate should be strong in ",
                            "We need someone who has worked with "
                        }))
                        .append(list)
                        .append(".\n");
            }
            case "labelColonDash" ->
                b.append(c.pick(SKILLS_LABEL))
                        .append(" :- ")
                        .append(String.join(", ", items))
                        .append('\n');
            case "bulletsNoHeading" -> {
                b.append("Requirements:\n");
                items.forEach(i -> b.append("* ").append(i).append('\n'));
            }
            default ->
                b.append(c.pick(SKILLS_LABEL))
                        .append(": ")
                        .append(String.join(" / ", items))
                        .append('\n');
        }
        return b.toString();
    }

    private static void visaGold(ObjectNode gold, Variant v) {
        Set<String> excluded = new LinkedHashSet<>(csv((String) v.gold()[1]));
        Set<String> accepted = new LinkedHashSet<>();
        for (String a : csv((String) v.gold()[0])) {
            if (a.equals("EAD")) {
                accepted.addAll(EADS);
            } else {
                accepted.add(a);
            }
        }
        accepted.removeAll(excluded);
        ArrayNode acc = gold.putArray("visa");
        accepted.forEach(acc::add);
        ArrayNode exc = gold.putArray("visaExcluded");
        excluded.forEach(exc::add);
    }

    private static void interviewGold(ObjectNode gold, Variant v) {
        ArrayNode modes = gold.putArray("interviewModes");
        if (v != null) {
            csv((String) v.gold()[0]).forEach(modes::add);
        }
    }

    private static List<String> csv(String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String x : s.split(",")) {
                if (!x.isBlank()) {
                    out.add(x.trim());
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------- parties

    private record Chain(String text, String implementationPartner, String endClient) {
        void gold(ObjectNode g) {
            if (implementationPartner == null) {
                g.putNull("implementationPartner");
            } else {
                g.put("implementationPartner", implementationPartner);
            }
            g.put("endClient", endClient);
        }
    }

    private static Chain chain(Ctx c) {
        Variant v = c.pick(CHAIN);
        String ip = PARTNER[c.rnd.nextInt(PARTNER.length)];
        String ec = END_CLIENT[c.rnd.nextInt(END_CLIENT.length)];
        String pv = VENDOR[c.rnd.nextInt(VENDOR.length)] + " Global";
        String text = v.text().replace("%ip%", ip).replace("%ec%", ec).replace("%pv%", pv);
        return new Chain(text, v.gold()[0] == null ? null : ip, ec);
    }

    private record Signature(String text, String name, String email, String phone, String company) {
        void gold(ObjectNode g) {
            g.put("vendorContact", name);
            g.put("vendorEmail", email);
            g.put("vendorPhone", phone);
            g.put("vendorCompany", company);
        }
    }

    private static Signature signature(Ctx c) {
        SplittableRandom rnd = c.rnd;
        String first = FIRST[rnd.nextInt(FIRST.length)];
        String last = LAST[rnd.nextInt(LAST.length)];
        String vendor = VENDOR[rnd.nextInt(VENDOR.length)];
        String company = vendor + " " + VENDOR_SUFFIX[rnd.nextInt(VENDOR_SUFFIX.length)];
        String domain = vendor.toLowerCase(Locale.ROOT).replace(" ", "") + ".example.com";
        String email = (first + "." + last).toLowerCase(Locale.ROOT) + "@" + domain;
        String digits = "555010" + (1000 + rnd.nextInt(9000));
        String phone = c.pick(new String[] {"%a%-%b%-%c%", "(%a%) %b%-%c%", "%a%.%b%.%c%", "+1 %a%-%b%-%c%"})
                .replace("%a%", digits.substring(0, 3))
                .replace("%b%", digits.substring(3, 6))
                .replace("%c%", digits.substring(6));
        String phoneLabel = c.pick(new String[] {"Phone: ", "Direct: ", "Cell: ", "O: ", "Mobile: ", "Desk: "});
        String emailLabel = c.pick(new String[] {"Email: ", "E: ", "Email ID: ", "", "Mail: ", "E-mail: "});
        StringBuilder b = new StringBuilder();
        b.append(c.pick(CLOSING))
                .append('\n')
                .append(first)
                .append(' ')
                .append(last)
                .append('\n');
        b.append(ROLES[rnd.nextInt(ROLES.length)]).append('\n').append(company).append('\n');
        b.append(phoneLabel)
                .append(phone)
                .append(rnd.nextInt(4) == 0 ? " Ext " + (100 + rnd.nextInt(800)) : "")
                .append('\n');
        b.append(emailLabel).append(email).append('\n');
        if (rnd.nextBoolean()) {
            b.append(100 + rnd.nextInt(8000))
                    .append(" Example Parkway, Suite ")
                    .append(100 + rnd.nextInt(400))
                    .append(", ")
                    .append(CITIES[rnd.nextInt(CITIES.length)].split("\\|")[0])
                    .append(", ")
                    .append(CITIES[rnd.nextInt(CITIES.length)].split("\\|")[1])
                    .append('\n');
        }
        if (rnd.nextInt(3) == 0) {
            b.append("www.").append(domain).append('\n');
        }
        if (rnd.nextInt(3) == 0) {
            b.append('\n')
                    .append(c.pick(new String[] {
                        "Disclaimer: If you are not interested in receiving our e-mails then please reply with REMOVE in the subject line.",
                        "Note: This e-mail is not intended to be a solicitation. We respect your online privacy.",
                        "We are an equal opportunity employer and value diversity at our company.",
                        "If you received this message in error, please notify the sender and delete it."
                    }))
                    .append('\n');
        }
        return new Signature(b.toString(), first + " " + last, email, phone, company);
    }

    // --------------------------------------------------------------------------------- helpers

    /** The title a recruiter files from a posting title, or null when the title is too noisy to label automatically. */
    static String titleGold(String title) {
        String t = title.trim().replaceAll("\\s+", " ");
        if (!CLEAN_TITLE.matcher(t).matches()
                || t.split(" ").length > 7
                || !ROLE_NOUN.matcher(t).find()
                || t.contains(" - ")) {
            return null;
        }
        // a title that goes on after its job word ("... Developer with Veeva", "... Developer needed immediately") is
        // not labelled
        java.util.regex.Matcher last = ROLE_NOUN.matcher(t);
        int end = -1;
        while (last.find()) {
            end = last.end();
        }
        if (!t.substring(end).trim().matches("(/\\s*[A-Za-z. ]{1,30}|[IVX]{1,3}|\\d)?")) {
            return null;
        }
        String prev = null;
        while (!t.equals(prev)) {
            prev = t;
            t = SENIORITY.matcher(t).replaceFirst("");
        }
        return t.isBlank() ? null : t;
    }

    static String seniorityOf(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.matches("^(principal|staff)\\b.*")) {
            return "PRINCIPAL";
        }
        if (t.matches("^lead\\b.*")) {
            return "LEAD";
        }
        if (t.matches("^(senior|sr\\.?|snr)\\s.*")) {
            return "SENIOR";
        }
        if (t.matches("^(junior|jr\\.?|entry[- ]level)\\s.*")) {
            return "JUNIOR";
        }
        return null;
    }

    private static String subject(Ctx c, String title, String city, String state, String duration, String emp) {
        String[] pick = SUBJECTS[c.index(SUBJECTS.length)];
        return pick[0].replace("%title%", title)
                .replace("%city%", city)
                .replace("%st%", state)
                .replace("%duration%", duration.isEmpty() ? "Contract" : duration.replaceFirst("^[^:]*:\\s*", ""))
                .replace("%emp%", emp);
    }

    private static String money(BigDecimal v, boolean thousands) {
        return thousands
                ? String.format(
                        Locale.US,
                        "%,d",
                        v.setScale(0, java.math.RoundingMode.HALF_UP).longValue())
                : v.toPlainString();
    }

    private static String toHtml(String text) {
        StringBuilder b = new StringBuilder("<html><body>\n");
        for (String line : text.split("\n", -1)) {
            String l = escape(line);
            int colon = l.indexOf(':');
            if (colon > 0 && colon < 30) {
                l = "<b>" + l.substring(0, colon + 1) + "</b>" + l.substring(colon + 1);
            }
            b.append("<div>").append(l.isEmpty() ? "<br>" : l).append("</div>\n");
        }
        return b.append("</body></html>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] mime(String id, Signature sig, String subject, String text, String html) {
        StringBuilder m = new StringBuilder();
        m.append("From: ").append(sig.name).append(" <").append(sig.email).append(">\r\n");
        m.append("To: acme@ingest.localhost\r\n");
        m.append("Subject: ").append(subject.replaceAll("[\\r\\n]+", " ")).append("\r\n");
        m.append("Date: Mon, 23 Nov 2026 09:00:00 -0500\r\n");
        m.append("Message-ID: <eval-")
                .append(id.replaceAll("[^A-Za-z0-9+.-]", ""))
                .append("@")
                .append(sig.email.substring(sig.email.indexOf('@') + 1))
                .append(">\r\n");
        m.append("MIME-Version: 1.0\r\n");
        if (html != null && text != null) {
            String boundary = "b-" + Part.hash("boundary", id).substring(0, 16);
            m.append("Content-Type: multipart/alternative; boundary=\"")
                    .append(boundary)
                    .append("\"\r\n\r\n");
            m.append("--")
                    .append(boundary)
                    .append("\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                    .append(crlf(text))
                    .append("\r\n");
            m.append("--")
                    .append(boundary)
                    .append("\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                    .append(crlf(html))
                    .append("\r\n");
            m.append("--").append(boundary).append("--\r\n");
        } else if (html != null) {
            m.append("Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                    .append(crlf(html));
        } else {
            m.append("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                    .append(crlf(text));
        }
        return m.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String crlf(String s) {
        return s.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    static SplittableRandom random(String key) {
        return new SplittableRandom(
                Long.parseUnsignedLong(Part.hash("random", key).substring(0, 15), 16));
    }

    /** Picks phrasing variants of the mail's part: even-numbered for the development part, odd-numbered for the measuring part. */
    private record Ctx(Part part, SplittableRandom rnd) {

        int index(int n) {
            if (n < 2) {
                return 0;
            }
            int half = n / 2;
            return 2 * rnd.nextInt(half) + (part == Part.MEASURE ? 1 : 0);
        }

        String pick(String[] options) {
            return options[index(options.length)];
        }

        Variant pick(Variant[] options) {
            return options[index(options.length)];
        }
    }
}
