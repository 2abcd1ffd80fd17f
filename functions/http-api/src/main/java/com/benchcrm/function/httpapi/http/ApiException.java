package com.benchcrm.function.httpapi.http;

import java.util.List;

/** An HTTP-level refusal (bad media type, oversized body, bad precondition header) with its problem. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldProblem> errors;

    public ApiException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    public ApiException(int status, String slug, String title, String detail, List<Problem.FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldProblem> errors() {
        return errors;
    }
}
