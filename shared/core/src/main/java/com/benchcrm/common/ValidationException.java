package com.benchcrm.common;

import java.util.List;

/** Well-formed input that breaks a domain rule; carries every violation, not just the first. */
public final class ValidationException extends BenchCrmException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(
                errors.size() == 1
                        ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One violated rule, with a JSON pointer to the field. */
    public record FieldError(String field, String message) {}
}
