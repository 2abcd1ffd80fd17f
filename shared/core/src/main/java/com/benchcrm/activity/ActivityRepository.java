package com.benchcrm.activity;

import com.benchcrm.persistence.Tx;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the tenant's activities. A contact, when named, is one of the tenant's (the schema's composite key). */
public interface ActivityRepository {

    void insert(Tx tx, Activity activity);

    /** Up to {@code limit} activities of one record with ids below {@code before}, newest first. */
    List<Activity> list(Tx tx, String entity, UUID entityId, Optional<UUID> before, int limit);
}
