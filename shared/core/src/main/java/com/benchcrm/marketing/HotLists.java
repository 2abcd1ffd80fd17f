package com.benchcrm.marketing;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Location;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.Rate;
import com.benchcrm.common.Validator;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantRepository;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.lifecycle.EntityService;
import com.benchcrm.lifecycle.EntitySpec;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.benchcrm.tenancy.TenantId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Hot list use cases: the lifecycle (create, get, list, update, patch, delete, audited and announced
 * as {@code HotListUpserted}/{@code HotListDeleted}) and {@link #preview}, which resolves the list's
 * consultants now (the picks that still exist, plus whoever the saved filter finds), leaves out
 * everyone who opted out of marketing, orders them (longest on the bench first by default) and
 * renders the mail. Picks of another tenant's consultants do not exist here (row-level security)
 * and are refused at write time (422 at {@code /consultantIds/<i>}).
 *
 * <pre>{@code
 * HotLists hotLists = new HotLists(transactions, persistence.hotLists(), persistence.consultants(),
 *         persistence.consultantMarketing(), persistence.marketingSettings(), audit, outbox, idempotency, ids, clock);
 * RenderedHotList mail = hotLists.preview(caller, hotListId);
 * }</pre>
 */
public final class HotLists extends EntityService<HotList, HotListInput> {

    public static final EntitySpec<HotList, HotListInput> SPEC = new EntitySpec<>(
            "hot_list",
            HotList.class,
            Permission.MARKETING_READ,
            Permission.MARKETING_WRITE,
            "HotListUpserted",
            "HotListUpserted",
            "HotListDeleted",
            HotListInput::of,
            Map.of());

    /** Consultants a saved filter reads at most, one page at a time. */
    static final int MAX_SCANNED = 20_000;

    private static final int PAGE = 500;
    private static final int KEY_SKILLS = 6;

    private final HotListRepository hotLists;
    private final ConsultantRepository consultants;
    private final ConsultantMarketingRepository preferences;
    private final MarketingSettingsRepository settings;
    private final Clock clock;

    public HotLists(
            Transactions transactions,
            HotListRepository repository,
            ConsultantRepository consultants,
            ConsultantMarketingRepository preferences,
            MarketingSettingsRepository settings,
            AuditLog audit,
            Outbox outbox,
            Idempotency idempotency,
            Ids ids,
            Clock clock) {
        super(SPEC, transactions, repository, audit, outbox, idempotency, ids, clock);
        this.hotLists = repository;
        this.consultants = consultants;
        this.preferences = preferences;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void checkReferences(Tx tx, Caller caller, UUID id, HotListInput input) {
        if (input.consultantIds().isEmpty()) {
            return;
        }
        var found = consultants.findMany(tx, input.consultantIds()).stream()
                .map(Consultant::id)
                .collect(java.util.stream.Collectors.toSet());
        Validator v = new Validator();
        for (int i = 0; i < input.consultantIds().size(); i++) {
            v.check(found.contains(input.consultantIds().get(i)), "/consultantIds/" + i, "no such consultant");
        }
        v.throwIfInvalid();
    }

    /** The list rendered now, as its mail would carry it (without the per-recipient footer). */
    public RenderedHotList preview(Caller caller, UUID id) {
        caller.require(Permission.MARKETING_READ);
        return transactions().inTenant(caller.tenant(), tx -> render(tx, caller.tenant(), id));
    }

    /** The rendering inside a transaction of the tenant (the drafting of outreach uses it too). */
    public RenderedHotList render(Tx tx, TenantId tenant, UUID id) {
        HotList list = getIn(tx, id);
        MarketingSettings policy = settings.find(tx).orElseGet(MarketingSettings::defaults);
        Map<UUID, Consultant> members = new LinkedHashMap<>();
        for (Consultant c : consultants.findMany(tx, list.consultantIds())) {
            members.put(c.id(), c);
        }
        if (list.filter() != null) {
            Optional<String> tag = list.filter().tags().isEmpty()
                    ? Optional.empty()
                    : Optional.of(list.filter().tags().get(0));
            Optional<UUID> before = Optional.empty();
            for (int scanned = 0; scanned < MAX_SCANNED; ) {
                List<Consultant> page = consultants.list(tx, tag, before, PAGE);
                for (Consultant c : page) {
                    if (list.filter().matches(c)) {
                        members.putIfAbsent(c.id(), c);
                    }
                }
                scanned += page.size();
                if (page.size() < PAGE) {
                    break;
                }
                before = Optional.of(page.get(page.size() - 1).id());
            }
        }
        Map<UUID, ConsultantMarketing> prefs = preferences.findMany(tx, members.keySet());
        int optedOut = 0;
        List<Consultant> listed = new ArrayList<>();
        for (Consultant c : members.values()) {
            ConsultantMarketing p = prefs.get(c.id());
            if (p != null && p.optedOut()) {
                optedOut++;
            } else {
                listed.add(c);
            }
        }
        listed.sort(order(list.ordering(), list.consultantIds()));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<HotListLine> lines = listed.stream()
                .limit(HotListInput.MAX_CONSULTANTS)
                .map(c -> line(tenant, c, prefs.get(c.id()), policy.showRate(), today))
                .toList();
        return HotListRenderer.render(list.id(), list.name(), lines, optedOut);
    }

    private HotList getIn(Tx tx, UUID id) {
        return hotLists.find(tx, id).orElseThrow(() -> new NotFoundException(SPEC.name(), id));
    }

    private static Comparator<Consultant> order(HotListOrdering ordering, List<UUID> picks) {
        Comparator<Consultant> byTitle =
                Comparator.comparing(c -> c.title() == null ? "" : c.title().toLowerCase(java.util.Locale.ROOT));
        Comparator<Consultant> byId = Comparator.comparing(Consultant::id);
        return switch (ordering) {
            case DAYS_ON_BENCH ->
                Comparator.<Consultant, Integer>comparing(
                                c -> c.daysOnBench() == null ? -1 : c.daysOnBench(), Comparator.reverseOrder())
                        .thenComparing(byTitle)
                        .thenComparing(byId);
            case TITLE -> byTitle.thenComparing(byId);
        };
    }

    static HotListLine line(
            TenantId tenant, Consultant c, ConsultantMarketing prefs, boolean showRate, LocalDate today) {
        List<HotListLine.SkillYears> skills = c.skills().stream()
                .sorted(Comparator.<ConsultantSkill, Boolean>comparing(
                                s -> Boolean.TRUE.equals(s.primary()), Comparator.reverseOrder())
                        .thenComparing(s -> s.years() == null ? BigDecimal.ZERO : s.years(), Comparator.reverseOrder()))
                .limit(KEY_SKILLS)
                .map(s -> new HotListLine.SkillYears(s.name(), s.years()))
                .toList();
        return new HotListLine(
                c.id(),
                ReferenceCodes.of(tenant, c.id()),
                c.title(),
                skills,
                c.workAuthorization(),
                location(c.location()),
                prefs == null ? null : prefs.openToRelocation(),
                HotListLine.availabilityText(c.availability(), today),
                c.daysOnBench(),
                showRate ? rate(c.rate()) : null);
    }

    static String location(Location l) {
        if (l == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (l.city() != null && !l.city().isBlank()) {
            parts.add(l.city());
        }
        if (l.state() != null && !l.state().isBlank()) {
            parts.add(l.state());
        }
        if (parts.isEmpty() && l.country() != null) {
            parts.add(l.country());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    static String rate(Rate r) {
        if (r == null || r.amount() == null) {
            return null;
        }
        String unit = r.unit() == null ? "" : "/" + r.unit().name().toLowerCase(java.util.Locale.ROOT);
        String type = r.employmentType() == null ? "" : " " + r.employmentType().name();
        return r.amount().stripTrailingZeros().toPlainString() + " " + r.currency() + unit + type;
    }
}
