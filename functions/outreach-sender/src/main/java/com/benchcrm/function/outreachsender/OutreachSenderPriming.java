package com.benchcrm.function.outreachsender;

import com.benchcrm.marketing.OutreachSendRequest;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.tenancy.TenantId;
import java.util.UUID;

/** SnapStart priming of the outreach sender: the database client and the JSON codec, without sending anything. */
final class OutreachSenderPriming {

    private OutreachSenderPriming() {}

    static void prime(OutreachSenderComponents components) {
        OutreachSendRequest.parse(new OutreachSendRequest(new TenantId(new UUID(0, 1)), new UUID(0, 2)).toJson());
        PostgresPersistence.over(components.sql()).ping();
    }
}
