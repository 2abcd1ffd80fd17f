package com.benchcrm.lifecycle;

/** The writable fields of an entity, as a create or full update sends them. */
public interface EntityInput {

    /** Throws {@link com.benchcrm.common.ValidationException} listing every broken rule. */
    void validate();
}
