package com.benchcrm.lifecycle;

import com.benchcrm.security.Permission;
import java.util.Map;
import java.util.function.Function;

/**
 * What distinguishes one entity's lifecycle from another's: its name (audit entity, cursor kind),
 * the permissions it needs, the events it emits, how to get its writable fields back (the start of
 * a merge patch) and what to tell a caller whose write broke one of its unique keys.
 *
 * @param toInput         the writable fields of a stored entity
 * @param duplicateKeys   unique key name ({@link com.benchcrm.persistence.DuplicateKeyException#key()})
 *                        to the message for the caller; a key not listed is not the caller's fault
 */
public record EntitySpec<T extends Versioned, I extends EntityInput>(
        String name,
        Class<T> entityType,
        Permission read,
        Permission write,
        String createdEvent,
        String updatedEvent,
        String deletedEvent,
        Function<T, I> toInput,
        Map<String, String> duplicateKeys) {

    public EntitySpec {
        duplicateKeys = Map.copyOf(duplicateKeys);
    }
}
