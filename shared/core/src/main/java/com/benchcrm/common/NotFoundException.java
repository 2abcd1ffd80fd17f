package com.benchcrm.common;

import java.util.UUID;

/** The entity does not exist for the caller's tenant (another tenant's row is "not found" too). */
public final class NotFoundException extends BenchCrmException {

    public NotFoundException(String entity, UUID id) {
        super(entity + " " + id + " does not exist");
    }

    /** For identifiers that are not even well-formed: nothing can have them. */
    public NotFoundException(String entity, String rawId) {
        super("no " + entity + " has the id '" + (rawId.length() > 64 ? rawId.substring(0, 64) + "…" : rawId) + "'");
    }
}
