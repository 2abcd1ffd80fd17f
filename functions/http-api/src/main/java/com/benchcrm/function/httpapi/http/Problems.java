package com.benchcrm.function.httpapi.http;

import com.benchcrm.common.ConflictException;
import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.common.Json;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.common.ValidationException;
import com.benchcrm.common.VersionMismatchException;
import com.benchcrm.security.ForbiddenException;
import com.benchcrm.security.UnauthenticatedException;
import java.util.List;
import java.util.Set;

/**
 * The one place that turns an exception into a response. Anything it does not recognise is a 500
 * whose detail says nothing about the cause (the cause is logged, without personal data).
 */
public final class Problems {

    private Problems() {}

    public static HttpResponse toResponse(Throwable e, HttpRequest request) {
        return switch (e) {
            case ApiException a -> problem(a.status(), a.slug(), a.title(), a.getMessage(), request, a.errors());
            case ValidationException v ->
                problem(
                        422,
                        "validation",
                        "Request body breaks a rule",
                        v.getMessage(),
                        request,
                        v.errors().stream()
                                .map(f -> new Problem.FieldProblem(f.field(), f.message()))
                                .toList());
            case InvalidRequestException i ->
                problem(
                        400,
                        "invalid-request",
                        "Invalid request",
                        i.getMessage(),
                        request,
                        List.of(new Problem.FieldProblem(i.parameter(), i.getMessage())));
            case UnauthenticatedException u ->
                problem(401, "unauthenticated", "Authentication required", u.getMessage(), request, List.of())
                        .header(
                                "www-authenticate",
                                request.header("authorization").isPresent()
                                        ? "Bearer realm=\"benchcrm\", error=\"invalid_token\""
                                        : "Bearer realm=\"benchcrm\"");
            case ForbiddenException f -> problem(403, "forbidden", "Not allowed", f.getMessage(), request, List.of());
            case com.benchcrm.tenancy.TenantSuspendedException s ->
                problem(403, "tenant-suspended", "Organization suspended", s.getMessage(), request, List.of());
            case NotFoundException n -> problem(404, "not-found", "Not found", n.getMessage(), request, List.of());
            case ConflictException c -> problem(409, c.reason(), "Conflict", c.getMessage(), request, List.of());
            case com.benchcrm.marketing.OutreachRefusedException o ->
                problem(422, o.reason(), "Outreach refused", o.getMessage(), request, List.of());
            case com.benchcrm.extraction.AiUnavailableException x
            when com.benchcrm.extraction.AiUnavailableException.NOT_CONFIGURED.equals(x.reason()) ->
                problem(
                        503,
                        "ai-not-configured",
                        "AI drafting not configured",
                        x.getMessage() + "; draft with mode TEMPLATE instead",
                        request,
                        List.of());
            case com.benchcrm.submission.IllegalTransitionException t ->
                problem(
                        409,
                        "illegal-transition",
                        "Illegal status change",
                        t.getMessage(),
                        request,
                        List.of(),
                        PipelineProblems.illegalTransition(t));
            case com.benchcrm.submission.DuplicateSubmissionException d ->
                problem(
                        409,
                        "duplicate-submission",
                        "Duplicate submission",
                        d.getMessage(),
                        request,
                        List.of(),
                        PipelineProblems.duplicate(d));
            case com.benchcrm.submission.RtrRequiredException r ->
                problem(
                        422,
                        "rtr-required",
                        "Right to represent required",
                        r.getMessage(),
                        request,
                        List.of(),
                        PipelineProblems.rtrRequired(r));
            case com.benchcrm.submission.MarginBelowFloorException m ->
                problem(
                        422,
                        "margin-below-floor",
                        "Margin below the floor",
                        m.getMessage(),
                        request,
                        List.of(),
                        PipelineProblems.marginBelowFloor(m));
            case VersionMismatchException m ->
                problem(412, "precondition-failed", "Precondition failed", m.getMessage(), request, List.of())
                        .header("etag", ETags.of(m.currentVersion()));
            case com.benchcrm.embedding.EmbeddingException x ->
                problem(
                                503,
                                "embedding-unavailable",
                                "Embedding model unavailable",
                                "the embedding model did not answer; try again shortly",
                                request,
                                List.of())
                        .header("retry-after", "5");
            case com.benchcrm.secrets.SecretUnavailableException x ->
                problem(
                                503,
                                "secret-key-unavailable",
                                "Key service unavailable",
                                "the organization's encryption key could not be used to protect the webhook secret; "
                                        + "try again shortly",
                                request,
                                List.of())
                        .header("retry-after", "5");
            case com.benchcrm.user.IdentityDirectory.IdentityProviderException x ->
                problem(
                                503,
                                "identity-provider-unavailable",
                                "Identity provider unavailable",
                                x.getMessage(),
                                request,
                                List.of())
                        .header("retry-after", "5");
            case com.benchcrm.vector.VectorIndexException x ->
                problem(
                                503,
                                "vector-index-unavailable",
                                "Vector index unavailable",
                                "the vector index did not answer; try again shortly",
                                request,
                                List.of())
                        .header("retry-after", "5");
            default ->
                problem(
                        500,
                        "internal",
                        "Internal error",
                        "the request failed on our side; quote the trace id when you report it",
                        request,
                        List.of());
        };
    }

    public static HttpResponse notFound(HttpRequest request) {
        return problem(404, "not-found", "Not found", "no route for " + request.path(), request, List.of());
    }

    /** 429: the tenant used up its request budget; {@code Retry-After} says when to try again. */
    public static HttpResponse rateLimited(HttpRequest request, long retryAfterSeconds) {
        return problem(
                        429,
                        "rate-limited",
                        "Too many requests",
                        "your organization's request rate limit is used up; retry after " + retryAfterSeconds + " s",
                        request,
                        List.of())
                .header("retry-after", Long.toString(retryAfterSeconds));
    }

    public static HttpResponse methodNotAllowed(HttpRequest request, Set<String> allowed) {
        return problem(
                        405,
                        "method-not-allowed",
                        "Method not allowed",
                        request.method() + " is not supported here; use " + String.join(", ", allowed),
                        request,
                        List.of())
                .header("allow", String.join(", ", allowed));
    }

    /**
     * A problem with RFC 9457 extension members (documented on the {@code Problem} schema), such as
     * the allowed moves of an illegal status change.
     */
    public static HttpResponse problem(
            int status,
            String slug,
            String title,
            String detail,
            HttpRequest request,
            List<Problem.FieldProblem> errors,
            java.util.Map<String, Object> extensions) {
        Problem p = new Problem(
                Problem.TYPE_BASE + slug,
                title,
                status,
                detail,
                request.path(),
                request.traceId(),
                errors.isEmpty() ? null : errors);
        com.fasterxml.jackson.databind.node.ObjectNode body = Json.strict().valueToTree(p);
        extensions.forEach((k, v) -> body.set(k, Json.strict().valueToTree(v)));
        return new HttpResponse(
                status,
                new java.util.LinkedHashMap<>(java.util.Map.of("content-type", HttpResponse.PROBLEM_JSON)),
                Json.write(body));
    }

    public static HttpResponse problem(
            int status,
            String slug,
            String title,
            String detail,
            HttpRequest request,
            List<Problem.FieldProblem> errors) {
        Problem p = new Problem(
                Problem.TYPE_BASE + slug,
                title,
                status,
                detail,
                request.path(),
                request.traceId(),
                errors.isEmpty() ? null : errors);
        return new HttpResponse(
                status,
                new java.util.LinkedHashMap<>(java.util.Map.of("content-type", HttpResponse.PROBLEM_JSON)),
                Json.write(p));
    }
}
