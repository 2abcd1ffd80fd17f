package com.benchcrm.idempotency;

import com.benchcrm.common.InvalidRequestException;

/** A client-chosen key (1-255 visible ASCII characters), scoped to the caller's tenant. */
public record IdempotencyKey(String value) {

    public IdempotencyKey {
        if (value == null
                || value.isEmpty()
                || value.length() > 255
                || !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            throw new InvalidRequestException(
                    "Idempotency-Key", "Idempotency-Key must be 1 to 255 visible ASCII characters");
        }
    }
}
