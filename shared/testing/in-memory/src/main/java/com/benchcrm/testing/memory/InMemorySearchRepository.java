package com.benchcrm.testing.memory;

import com.benchcrm.common.SkillNames;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementSkill;
import com.benchcrm.search.SearchQuery;
import com.benchcrm.search.SearchRepository;
import com.benchcrm.vector.EntityKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * {@link SearchRepository} in memory, over the in-memory consultants and requirements. The text
 * match approximates {@code websearch_to_tsquery}: every plain word of the query must occur in the
 * document (a trailing "s" ignored), none of the {@code -excluded} ones; the rank is the number of
 * occurrences, not PostgreSQL's cover density. The filters and the skill-key bonus are the same.
 */
public final class InMemorySearchRepository implements SearchRepository {

    private final InMemoryConsultantRepository consultants;
    private final InMemoryRequirementRepository requirements;

    InMemorySearchRepository(InMemoryConsultantRepository consultants, InMemoryRequirementRepository requirements) {
        this.consultants = consultants;
        this.requirements = requirements;
    }

    /** One searchable record: its document, its skill keys and whether it passes the filters. */
    private record Doc(UUID id, String text, Set<String> skills, boolean passes) {}

    private List<Doc> docs(Tx tx, SearchQuery q) {
        List<Doc> out = new ArrayList<>();
        if (q.kind() == EntityKind.CONSULTANT) {
            for (Consultant c : consultants.list(tx, java.util.Optional.empty(), Integer.MAX_VALUE)) {
                Set<String> skills = new HashSet<>();
                for (ConsultantSkill s : c.skills()) {
                    skills.add(SkillNames.key(s.name()));
                }
                out.add(new Doc(c.id(), nz(c.title()) + " " + nz(c.summary()), skills, passes(c, q)));
            }
        } else {
            for (Requirement r : requirements.list(tx, java.util.Optional.empty(), Integer.MAX_VALUE)) {
                Set<String> skills = new HashSet<>();
                for (RequirementSkill s : r.skills()) {
                    skills.add(SkillNames.key(s.name()));
                }
                out.add(new Doc(r.id(), nz(r.title()) + " " + nz(r.description()), skills, passes(r, q)));
            }
        }
        return out;
    }

    private static boolean passes(Consultant c, SearchQuery q) {
        if (q.state() != null
                && (c.location() == null
                        || c.location().state() == null
                        || !c.location().state().toUpperCase(Locale.ROOT).equals(q.state()))) {
            return false;
        }
        if (q.workAuthorization() != null && q.workAuthorization() != c.workAuthorization()) {
            return false;
        }
        if (q.tag() != null && !c.tags().contains(q.tag())) {
            return false;
        }
        if (q.availableBy() != null) {
            if (c.availability() == null
                    || c.availability().status() != com.benchcrm.consultant.AvailabilityStatus.AVAILABLE) {
                return false;
            }
            return c.availability().availableFrom() == null
                    || !c.availability().availableFrom().isAfter(q.availableBy());
        }
        return true;
    }

    private static boolean passes(Requirement r, SearchQuery q) {
        if (q.state() != null
                && (r.location() == null
                        || r.location().state() == null
                        || !r.location().state().toUpperCase(Locale.ROOT).equals(q.state()))) {
            return false;
        }
        if (q.status() != null && q.status() != r.status()) {
            return false;
        }
        if (q.tag() != null && !r.tags().contains(q.tag())) {
            return false;
        }
        return q.workMode() == null || q.workMode() == r.workMode();
    }

    @Override
    public List<UUID> fullText(Tx tx, SearchQuery q, List<String> skillKeys, int limit) {
        List<String> required = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (String w : q.text().toLowerCase(Locale.ROOT).replace("\"", " ").split("\\s+")) {
            if (w.startsWith("-") && w.length() > 1) {
                excluded.add(stem(w.substring(1)));
            } else if (!w.isBlank() && !w.equals("or")) {
                required.add(stem(w));
            }
        }
        record Scored(UUID id, double score) {}
        List<Scored> scored = new ArrayList<>();
        for (Doc d : docs(tx, q)) {
            if (!d.passes()) {
                continue;
            }
            List<String> words = words(d.text());
            boolean text = !required.isEmpty()
                    && words.containsAll(required)
                    && excluded.stream().noneMatch(words::contains);
            long skills = skillKeys.stream().filter(d.skills()::contains).count();
            if (!text && skills == 0) {
                continue;
            }
            double rank = text
                    ? required.stream()
                                    .mapToLong(t ->
                                            words.stream().filter(t::equals).count())
                                    .sum()
                            / 10.0
                    : 0;
            scored.add(new Scored(d.id(), rank + 0.1 * skills));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id, Uuids.ORDER));
        return scored.stream().limit(limit).map(Scored::id).toList();
    }

    @Override
    public Set<UUID> passingFilters(Tx tx, SearchQuery q, Collection<UUID> ids) {
        Set<UUID> wanted = new HashSet<>(ids);
        Set<UUID> out = new LinkedHashSet<>();
        for (Doc d : docs(tx, q)) {
            if (d.passes() && wanted.contains(d.id())) {
                out.add(d.id());
            }
        }
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9+#]+")) {
            if (!w.isBlank()) {
                out.add(stem(w));
            }
        }
        return out;
    }

    private static String stem(String w) {
        String s = w.replaceAll("[^a-z0-9+#]", "");
        return s.length() > 3 && s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
