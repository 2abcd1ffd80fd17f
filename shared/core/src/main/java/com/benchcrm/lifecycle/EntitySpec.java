package com.benchcrm.lifecycle;

import com.benchcrm.security.Permission;

/**
 * What distinguishes one entity's lifecycle from another's: its name (audit entity, cursor kind),
 * the permissions it needs and the events it emits.
 */
public record EntitySpec<T extends Versioned, I extends EntityInput>(
        String name,
        Class<T> entityType,
        Permission read,
        Permission write,
        String createdEvent,
        String updatedEvent,
        String deletedEvent) {
}
