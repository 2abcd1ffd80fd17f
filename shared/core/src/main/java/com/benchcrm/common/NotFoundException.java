package com.benchcrm.common;

import java.util.UUID;

/** The entity does not exist for the caller's tenant (another tenant's row is "not found" too). */
public final class NotFoundException extends BenchCrmException {

    public NotFoundException(String entity, UUID id) {
        super(entity + " " + id + " does not exist");
    }
}
