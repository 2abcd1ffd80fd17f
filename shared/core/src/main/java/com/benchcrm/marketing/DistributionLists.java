package com.benchcrm.marketing;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Validator;
import com.benchcrm.company.Contact;
import com.benchcrm.company.ContactRepository;
import com.benchcrm.idempotency.Idempotency;
import com.benchcrm.lifecycle.EntityService;
import com.benchcrm.lifecycle.EntitySpec;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Distribution list use cases (the generic lifecycle, announced as {@code DistributionListUpserted}
 * / {@code DistributionListDeleted}). A contact that is not the tenant's is refused at write time
 * (422 at {@code /contactIds/<i>}).
 */
public final class DistributionLists extends EntityService<DistributionList, DistributionListInput> {

    public static final EntitySpec<DistributionList, DistributionListInput> SPEC = new EntitySpec<>(
            "distribution_list",
            DistributionList.class,
            Permission.MARKETING_READ,
            Permission.MARKETING_WRITE,
            "DistributionListUpserted",
            "DistributionListUpserted",
            "DistributionListDeleted",
            DistributionListInput::of,
            Map.of());

    private final ContactRepository contacts;

    public DistributionLists(
            Transactions transactions,
            DistributionListRepository repository,
            ContactRepository contacts,
            AuditLog audit,
            Outbox outbox,
            Idempotency idempotency,
            Ids ids,
            Clock clock) {
        super(SPEC, transactions, repository, audit, outbox, idempotency, ids, clock);
        this.contacts = contacts;
    }

    @Override
    protected void checkReferences(Tx tx, Caller caller, UUID id, DistributionListInput input) {
        if (input.contactIds().isEmpty()) {
            return;
        }
        Set<UUID> found = contacts.findMany(tx, input.contactIds()).stream()
                .map(Contact::id)
                .collect(Collectors.toSet());
        Validator v = new Validator();
        for (int i = 0; i < input.contactIds().size(); i++) {
            v.check(found.contains(input.contactIds().get(i)), "/contactIds/" + i, "no such contact");
        }
        v.throwIfInvalid();
    }
}
