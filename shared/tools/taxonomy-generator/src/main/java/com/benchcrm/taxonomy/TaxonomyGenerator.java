package com.benchcrm.taxonomy;

import com.benchcrm.skills.SkillKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Generates the skill taxonomy data file that ships in {@code shared/core}.
 *
 * <pre>
 * shared/tools/taxonomy-generator/generate ../shared/data/taxonomy   # rewrites skill-taxonomy.tsv
 * </pre>
 *
 * <p>Sources, in order of precedence (an alias belongs to the first source that claims it):
 * <ol>
 *   <li>the curated list in this module (the names and aliases a recruiter expects);</li>
 *   <li>github/linguist languages (MIT): programming and markup languages with their aliases;</li>
 *   <li>devicon (MIT): developer tools with their alternative names;</li>
 *   <li>O*NET 29.2 Technology Skills (CC BY 4.0, US DOL/ETA): products, their vendor-less names and
 *       acronyms, categories from the commodity titles, the Hot Technology flag;</li>
 *   <li>simple-icons (CC0): canonical brand spellings and "aka" names, for skills the other sources
 *       already have (it adds no skills: most of its brands are not skills).</li>
 * </ol>
 * The output is deterministic: the same inputs give the same bytes.
 */
public final class TaxonomyGenerator {

    public static final String VERSION = "2026.12.20";
    static final String ONET = "onet-29.2-technology-skills.txt";
    static final String LINGUIST = "linguist_languages_9.5.0_aliases.json";
    static final String DEVICON = "devicon_2.17.0_altnames.json";
    static final String SIMPLE_ICONS = "simple-icons_16.37.0_titles_aliases.json";

    private static final Set<String> GENERIC_CATEGORIES = Set.of("practice", "soft-skill", "domain");
    private static final Pattern ACRONYM = Pattern.compile("^[A-Z][A-Z0-9/&+]{1,9}$");
    private static final Pattern WORD = Pattern.compile("^[A-Za-z]+$");
    private static final List<String> VENDORS = List.of(
            "Amazon Web Services AWS",
            "Amazon Web Services",
            "Amazon",
            "Microsoft",
            "Oracle",
            "IBM",
            "Apache",
            "Adobe Systems",
            "Adobe",
            "Google",
            "SAP",
            "Atlassian",
            "Sun Microsystems",
            "Salesforce.com",
            "Salesforce",
            "Red Hat",
            "Cisco",
            "VMware",
            "Hewlett Packard Enterprise",
            "Hewlett-Packard",
            "Hewlett Packard",
            "HP",
            "Autodesk",
            "Intuit",
            "Symantec",
            "McAfee",
            "Citrix",
            "Dell",
            "EMC",
            "NetApp",
            "Teradata",
            "Informatica",
            "Tableau",
            "SAS Institute",
            "The MathWorks",
            "MathWorks",
            "Bentley",
            "Esri",
            "ESRI",
            "Epic Systems",
            "Cerner",
            "Micro Focus",
            "Broadcom",
            "CA Technologies",
            "BMC Software",
            "Splunk",
            "Qlik",
            "Meta",
            "Facebook",
            "Unity Technologies",
            "JetBrains",
            "Eclipse Foundation",
            "Mozilla",
            "Corel",
            "Kronos",
            "Infor",
            "Sage",
            "Epicor",
            "Blackbaud",
            "Pivotal",
            "Elastic",
            "MongoDB",
            "Docker",
            "HashiCorp",
            "GitHub",
            "GitLab",
            "Slack",
            "Zoom",
            "Okta",
            "ServiceNow",
            "Workday",
            "Smartsheet",
            "Trimble",
            "Siemens",
            "Dassault Systemes",
            "PTC",
            "National Instruments",
            "Rockwell Automation",
            "Apple",
            "Intel",
            "NVIDIA",
            "Nvidia",
            "Progress",
            "Quest",
            "Sybase",
            "Xerox",
            "Novell",
            "Linux",
            "Mozilla",
            "Alteryx",
            "Talend",
            "Tibco",
            "TIBCO",
            "Pegasystems",
            "Appian",
            "Guidewire",
            "Veeva",
            "Medidata",
            "Ellucian");

    private final Set<String> commonWords;
    private final Map<String, Entry> claims = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    /** One skill while it is being assembled. */
    static final class Entry {
        String name;
        String category;
        String parentName;
        boolean hot;
        boolean generic;
        boolean curated;
        boolean nameFromBrand;
        boolean nameAmbiguous;
        final Set<String> sources = new LinkedHashSet<>();
        final Map<String, Boolean> aliases = new LinkedHashMap<>();

        Entry(String name, String category, String source) {
            this.name = name;
            this.category = category;
            this.sources.add(source);
        }
    }

    private TaxonomyGenerator(Set<String> commonWords) {
        this.commonWords = commonWords;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TaxonomyGenerator <taxonomy data dir> <output tsv>");
            System.exit(2);
        }
        String text = generate(Path.of(args[0]));
        Files.writeString(Path.of(args[1]), text, StandardCharsets.UTF_8);
        long skills = text.lines().filter(l -> !l.startsWith("#")).count() - 1;
        System.out.println("wrote " + args[1] + ": " + skills + " skills, taxonomy version " + VERSION);
    }

    /** The data file's text for the sources in {@code dataDir}. */
    public static String generate(Path dataDir) throws IOException {
        TaxonomyGenerator g = new TaxonomyGenerator(readCommonWords());
        g.addCurated(resourceLines("curated-skills.txt"));
        g.addLinguist(new ObjectMapper().readTree(dataDir.resolve(LINGUIST).toFile()));
        JsonNode simpleIcons =
                new ObjectMapper().readTree(dataDir.resolve(SIMPLE_ICONS).toFile());
        g.addDevicon(new ObjectMapper().readTree(dataDir.resolve(DEVICON).toFile()), simpleIcons);
        g.addOnet(Files.readAllLines(dataDir.resolve(ONET), StandardCharsets.UTF_8));
        g.enrichFromSimpleIcons(simpleIcons);
        return g.render();
    }

    // -------------------------------------------------------------------------------- sources

    void addCurated(List<String> lines) {
        Map<Entry, String> parents = new LinkedHashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length < 3) {
                throw new IllegalArgumentException("curated line needs name | category | aliases [| parent]: " + line);
            }
            String name = f[0].strip();
            if (claims.containsKey(SkillKeys.loose(name))) {
                throw new IllegalArgumentException("curated skill listed twice or as another's alias: " + name);
            }
            Entry e = new Entry(name, f[1].strip(), "curated");
            e.curated = true;
            e.generic = GENERIC_CATEGORIES.contains(e.category);
            entries.add(e);
            claim(e, name);
            for (String a : f[2].split(",")) {
                String alias = a.strip();
                if (alias.isEmpty()) {
                    continue;
                }
                boolean ambiguous = alias.startsWith("!");
                alias = ambiguous ? alias.substring(1).strip() : alias;
                for (String key : SkillKeys.variants(alias)) {
                    Entry owner = claims.get(key);
                    if (owner != null && owner != e) {
                        throw new IllegalArgumentException(
                                "curated alias '" + alias + "' of " + name + " is already " + owner.name + "'s");
                    }
                }
                addAlias(e, alias, ambiguous);
            }
            if (f.length > 3 && !f[3].isBlank()) {
                parents.put(e, f[3].strip());
            }
        }
        parents.forEach((e, parent) -> {
            if (!claims.containsKey(SkillKeys.loose(parent))) {
                throw new IllegalArgumentException("unknown parent " + parent + " of " + e.name);
            }
            e.parentName = parent;
        });
    }

    /**
     * Words that end a company's name, never a language's alias: linguist lists "inc" (the include files' extension)
     * as an alias of PHP, so "Example Foods Inc" in a resume's list read PHP.
     */
    static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "llc", "ltd", "corp", "co", "plc", "gmbh");

    void addLinguist(JsonNode languages) {
        for (var it = languages.fields(); it.hasNext(); ) {
            var field = it.next();
            String type = field.getValue().path("type").asText();
            if (!type.equals("programming") && !type.equals("markup")) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(field.getKey());
            field.getValue().path("aliases").forEach(a -> {
                if (!COMPANY_SUFFIXES.contains(a.asText().toLowerCase(Locale.ROOT))) {
                    names.add(a.asText());
                }
            });
            if (!claimed(field.getKey())) {
                // a language of its own whose alias a curated skill claims as an ambiguous word ("flex" of Lex is
                // Apache Flex's "!flex"): the language keeps its name, the curated skill keeps the word
                String own = names.get(0);
                names.removeIf(n -> !n.equals(own) && claimedAmbiguouslyByCurated(n));
            }
            Entry e = merge(names, 1, "language", "linguist", false);
            if (e != null
                    && !e.curated
                    && e.sources.size() == 1
                    && WORD.matcher(e.name).matches()) {
                e.nameAmbiguous = true;
            }
        }
    }

    void addDevicon(JsonNode devicon, JsonNode simpleIcons) {
        Map<String, String> brandByKey = brandIndex(simpleIcons);
        for (JsonNode tool : devicon) {
            String slug = tool.path("name").asText();
            List<String> names = new ArrayList<>();
            String brand = brandByKey.get(SkillKeys.compact(SkillKeys.loose(slug)));
            names.add(brand != null ? brand : slug);
            if (brand != null) {
                names.add(slug);
            }
            tool.path("altnames").forEach(a -> names.add(a.asText()));
            Set<String> tags = new HashSet<>();
            tool.path("tags").forEach(t -> tags.add(t.asText().toLowerCase(Locale.ROOT)));
            String category = tags.contains("database")
                    ? "database"
                    : tags.contains("language")
                            ? "language"
                            : tags.contains("framework")
                                    ? "framework"
                                    : tags.contains("cloud") ? "cloud" : tags.contains("testing") ? "testing" : "tool";
            Entry e = merge(names, names.size(), category, "devicon", false);
            if (e != null && brand != null && !e.curated) {
                e.name = brand;
                e.nameFromBrand = true;
            } else if (e != null && brand == null && e.sources.size() == 1) {
                e.name = pretty(slug);
            }
        }
    }

    void addOnet(List<String> lines) {
        Map<String, String> commodity = new TreeMap<>();
        Map<String, Boolean> hot = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length < 6) {
                continue;
            }
            String example = f[1].strip();
            commodity.putIfAbsent(example, f[3].strip());
            hot.merge(example, "Y".equals(f[4]), Boolean::logicalOr);
        }
        for (var item : commodity.entrySet()) {
            String example = item.getKey();
            boolean generic = isGenericDescription(example);
            String bare = stripSuffix(example);
            String acronym = null;
            String[] words = bare.split(" ");
            if (!generic
                    && words.length >= 3
                    && ACRONYM.matcher(words[words.length - 1]).matches()
                    && isAcronymOf(
                            words[words.length - 1],
                            bare.substring(0, bare.length() - words[words.length - 1].length()))) {
                acronym = words[words.length - 1];
                bare = bare.substring(0, bare.length() - acronym.length()).strip();
            }
            List<String> names = new ArrayList<>();
            names.add(bare);
            if (!generic && !example.equals(bare)) {
                names.add(example);
            }
            int direct = names.size();
            String vendorless = generic ? null : stripVendor(bare);
            // "Splunk Enterprise" must not make every "Enterprise" a skill: a vendor-less common word
            // only joins a skill that already has it
            if (vendorless != null && (!isAmbiguous(vendorless) || claimed(vendorless))) {
                names.add(vendorless);
            }
            if (acronym != null) {
                names.add(acronym);
            }
            int before = entries.size();
            Entry e = merge(names, direct, generic ? "practice" : category(item.getValue()), "onet", generic);
            if (e == null) {
                continue;
            }
            e.hot |= hot.get(example);
            if (entries.size() > before && WORD.matcher(e.name).matches()) {
                // a product only O*NET knows, named by one word ("Interact"): written like that, or it is a word
                e.nameAmbiguous = true;
            }
            if (acronym != null) {
                addAlias(e, acronym, true);
            }
            if (vendorless != null && WORD.matcher(vendorless).matches() && !e.curated) {
                addAlias(e, vendorless, true);
            }
        }
    }

    void enrichFromSimpleIcons(JsonNode simpleIcons) {
        for (JsonNode icon : simpleIcons) {
            String title = icon.path("title").asText();
            Entry e = null;
            for (String key : SkillKeys.variants(title)) {
                e = claims.get(key);
                if (e != null) {
                    break;
                }
            }
            if (e == null || e.generic) {
                continue;
            }
            if (!e.curated && !e.nameFromBrand && SkillKeys.loose(e.name).equals(SkillKeys.loose(title))) {
                e.name = title;
                e.nameFromBrand = true;
            }
            e.sources.add("simple-icons");
            for (JsonNode a : icon.path("aka")) {
                String alias = a.asText();
                if (alias.length() <= 40 && !SkillKeys.loose(alias).isEmpty()) {
                    addAlias(e, alias, false);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------- merging

    /**
     * Adds a source item: to the skill that already owns one of its names, or as a new skill.
     *
     * @param direct how many of {@code names} are full names of the item; the rest are derived
     *               (vendor-less, acronym) and may only join a skill that is not a generic practice
     */
    private Entry merge(List<String> names, int direct, String category, String source, boolean generic) {
        Entry target = null;
        for (int i = 0; i < names.size() && target == null; i++) {
            for (String key : SkillKeys.variants(names.get(i))) {
                Entry owner = claims.get(key);
                if (owner != null && (i < direct || !owner.generic)) {
                    target = owner;
                    break;
                }
            }
        }
        if (target == null) {
            String name = names.get(0).strip();
            if (SkillKeys.loose(name).isEmpty() || name.length() > 80) {
                return null;
            }
            target = new Entry(name, category, source);
            target.generic = generic;
            entries.add(target);
            claim(target, name);
        }
        target.sources.add(source);
        for (String n : names) {
            addAlias(target, n.strip(), false);
        }
        return target;
    }

    private boolean claimed(String name) {
        for (String key : SkillKeys.variants(name)) {
            if (claims.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    private boolean claimedAmbiguouslyByCurated(String name) {
        for (String key : SkillKeys.variants(name)) {
            Entry owner = claims.get(key);
            if (owner != null
                    && owner.curated
                    && owner.aliases.entrySet().stream()
                            .anyMatch(a -> a.getValue()
                                    && SkillKeys.variants(a.getKey()).contains(key))) {
                return true;
            }
        }
        return false;
    }

    private void claim(Entry e, String name) {
        for (String key : SkillKeys.variants(name)) {
            claims.putIfAbsent(key, e);
        }
    }

    private void addAlias(Entry e, String alias, boolean markedAmbiguous) {
        List<String> keys = SkillKeys.variants(alias);
        if (keys.isEmpty() || alias.length() > 80) {
            return;
        }
        boolean mine = false;
        for (String key : keys) {
            Entry owner = claims.get(key);
            if (owner == null) {
                claims.put(key, e);
                mine = true;
            } else if (owner == e) {
                mine = true;
            }
        }
        // a spelling with other word breaks than the name is kept ("Sales force" for Salesforce): in running
        // text a span of several words only matches a name written with as many words
        if (!mine
                || alias.equalsIgnoreCase(e.name)
                || (SkillKeys.loose(alias).equals(SkillKeys.loose(e.name))
                        && SkillKeys.words(alias) == SkillKeys.words(e.name))) {
            return;
        }
        e.aliases.merge(alias, markedAmbiguous || isAmbiguous(alias), Boolean::logicalOr);
    }

    /**
     * A skill known from one public list alone, an O*NET product or a linguist language that no other source, the
     * curated list or O*NET's hot technologies name: inside a longer skill-list item its short forms and its name
     * written otherwise need its maker ("etc" is no Electronic Time Clock, "PAN India" no Pan language).
     */
    static boolean obscure(Entry e) {
        return !e.curated
                && !e.hot
                && !e.generic
                && e.sources.size() == 1
                && (e.sources.contains("onet") || e.sources.contains("linguist"));
    }

    boolean isAmbiguous(String alias) {
        String s = alias.strip();
        if (s.contains(" ")) {
            return false;
        }
        if (s.length() <= 2 && WORD.matcher(s).matches()) {
            return true;
        }
        return WORD.matcher(s).matches() && commonWords.contains(s.toLowerCase(Locale.ROOT));
    }

    // ------------------------------------------------------------------------------- output

    String render() {
        entries.sort(Comparator.comparing((Entry e) -> SkillKeys.slug(e.name)).thenComparing(e -> e.name));
        Map<Entry, String> ids = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Entry e : entries) {
            String id = SkillKeys.slug(e.name);
            int n = 2;
            while (!used.add(id)) {
                id = SkillKeys.slug(e.name) + "-" + n++;
            }
            ids.put(e, id);
        }
        StringBuilder out = new StringBuilder();
        long aliasCount = entries.stream().mapToLong(e -> e.aliases.size()).sum();
        out.append("# benchcrm skill taxonomy version=")
                .append(VERSION)
                .append(" skills=")
                .append(entries.size())
                .append(" aliases=")
                .append(aliasCount)
                .append('\n');
        out.append(
                "# Generated by shared/tools/taxonomy-generator (TaxonomyGenerator); do not edit: change the curated list or the\n");
        out.append(
                "# generator and run shared/tools/taxonomy-generator/generate. Sources and attribution (see NOTICE): BenchCRM curated\n");
        out.append(
                "# list; O*NET 29.2 Database, US DOL/ETA (CC BY 4.0); github/linguist languages 9.5.0 (MIT); devicon 2.17.0\n");
        out.append(
                "# (MIT); simple-icons 16.37.0 (CC0). Flags: h hot technology (O*NET), g generic practice, a name ambiguous,\n");
        out.append(
                "# o obscure: known from one public list alone (an O*NET product or a linguist language), not curated, not hot.\n");
        out.append("id\tname\tcategory\tparent\tflags\taliases\n");
        for (Entry e : entries) {
            String parent = "";
            if (e.parentName != null) {
                parent = ids.get(claims.get(SkillKeys.loose(e.parentName)));
            }
            String flags = (e.hot ? "h" : "")
                    + (e.generic ? "g" : "")
                    + (e.nameAmbiguous || isAmbiguous(e.name) ? "a" : "")
                    + (obscure(e) ? "o" : "");
            StringBuilder al = new StringBuilder();
            e.aliases.forEach((alias, ambiguous) -> {
                if (!al.isEmpty()) {
                    al.append('|');
                }
                al.append(ambiguous ? "!" : "").append(clean(alias));
            });
            out.append(ids.get(e))
                    .append('\t')
                    .append(clean(e.name))
                    .append('\t')
                    .append(e.category)
                    .append('\t')
                    .append(parent)
                    .append('\t')
                    .append(flags)
                    .append('\t')
                    .append(al)
                    .append('\n');
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------- helpers

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('|', '/').replace('\n', ' ').strip();
    }

    static boolean isGenericDescription(String example) {
        String[] words = example.split(" ");
        if (words.length < 2 || ACRONYM.matcher(words[words.length - 1]).matches()) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (!words[i].equals(words[i].toLowerCase(Locale.ROOT))
                    && !ACRONYM.matcher(words[i]).matches()) {
                return false;
            }
        }
        return Character.isUpperCase(words[0].charAt(0))
                && words[0].substring(1).equals(words[0].substring(1).toLowerCase(Locale.ROOT));
    }

    /** {@code JSON} is an acronym of "JavaScript Object Notation": its letters are the phrase's initials and inner capitals, in order. */
    static boolean isAcronymOf(String acronym, String phrase) {
        String letters = acronym.replaceAll("[^A-Z]", "").toLowerCase(java.util.Locale.ROOT);
        String[] words = phrase.strip().split("\\s+");
        if (letters.isEmpty() || words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        // the acronym's letters in order within the phrase, starting at a word's first letter
        // ("EC2" of "Amazon Elastic Compute Cloud", "JSON" of "JavaScript Object Notation")
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (String w : words) {
            starts.add(text.length());
            text.append(w.toLowerCase(java.util.Locale.ROOT));
        }
        for (int start : starts) {
            if (text.charAt(start) != letters.charAt(0)) {
                continue;
            }
            int at = start + 1;
            boolean ok = true;
            for (int i = 1; i < letters.length() && ok; i++) {
                at = text.indexOf(String.valueOf(letters.charAt(i)), at);
                ok = at >= 0;
                at++;
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    static String stripSuffix(String example) {
        String s = example.strip();
        for (String suffix : List.of(" software", " Software")) {
            if (s.endsWith(suffix) && s.length() > suffix.length() + 2) {
                s = s.substring(0, s.length() - suffix.length()).strip();
            }
        }
        return s;
    }

    static String stripVendor(String name) {
        for (String vendor : VENDORS) {
            if (name.startsWith(vendor + " ") && name.length() > vendor.length() + 2) {
                return name.substring(vendor.length() + 1).strip();
            }
        }
        return null;
    }

    static String category(String commodityTitle) {
        String c = commodityTitle.toLowerCase(Locale.ROOT);
        if (c.contains("data base management") || c.contains("database management")) {
            return "database";
        }
        if (c.contains("development environment")
                || c.contains("object or component oriented")
                || c.contains("web platform")) {
            return "framework";
        }
        if (c.contains("operating system")) {
            return "os";
        }
        if (c.contains("program testing")) {
            return "testing";
        }
        if (c.contains("customer relationship")
                || c.contains("enterprise resource")
                || c.contains("enterprise application")) {
            return "crm-erp";
        }
        if (c.contains("security") || c.contains("virus")) {
            return "security";
        }
        if (c.contains("network")) {
            return "networking";
        }
        if (c.contains("business intelligence") || c.contains("data base reporting") || c.contains("analytical")) {
            return "analytics";
        }
        return "tool";
    }

    private static String pretty(String slug) {
        return slug.isEmpty() ? slug : Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
    }

    private static Map<String, String> brandIndex(JsonNode simpleIcons) {
        Map<String, String> byKey = new HashMap<>();
        for (JsonNode icon : simpleIcons) {
            String title = icon.path("title").asText();
            byKey.putIfAbsent(SkillKeys.compact(SkillKeys.loose(title)), title);
        }
        return byKey;
    }

    private static Set<String> readCommonWords() {
        Set<String> words = new HashSet<>();
        for (String line : resourceLines("common-words.txt")) {
            if (!line.startsWith("#")) {
                for (String w : line.strip().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return words;
    }

    static List<String> resourceLines(String name) {
        try (InputStream in = TaxonomyGenerator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
