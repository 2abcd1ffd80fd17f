package com.benchcrm.marketing;

import com.benchcrm.persistence.Tx;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: the tenant's suppression list, keyed by the address in lower case ({@link Suppression#key}). */
public interface SuppressionRepository {

    Optional<Suppression> find(Tx tx, String email);

    /** Those among {@code emails} (lower case) that are suppressed; one round trip. */
    Set<String> suppressed(Tx tx, Collection<String> emails);

    /** Adds the address unless it is there already (the first reason stays); true when added. */
    boolean insertIfAbsent(Tx tx, Suppression suppression);

    /** Up to {@code limit} entries with addresses after {@code after} (all when empty), in address order. */
    List<Suppression> list(Tx tx, Optional<String> after, int limit);

    /** Removes the address; true when it was there. */
    boolean delete(Tx tx, String email);
}
