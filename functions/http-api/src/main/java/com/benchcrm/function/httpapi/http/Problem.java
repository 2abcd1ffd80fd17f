package com.benchcrm.function.httpapi.http;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URI per kind of problem, {@code errors}
 * lists field-level causes with JSON pointers into the request body.
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String traceId,
        List<FieldProblem> errors) {

    public static final String TYPE_BASE = "https://benchcrm.dev/problems/";

    /** One field-level cause. */
    public record FieldProblem(String pointer, String detail) {}
}
