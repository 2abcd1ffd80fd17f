package com.benchcrm.function.httpapi.submission;

import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.function.httpapi.http.ETags;
import com.benchcrm.function.httpapi.http.HttpRequest;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.idempotency.IdempotencyKey;
import com.benchcrm.lifecycle.Created;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.benchcrm.submission.Interview;
import com.benchcrm.submission.InterviewCalendar;
import com.benchcrm.submission.InterviewInput;
import com.benchcrm.submission.OfferInput;
import com.benchcrm.submission.PlacementInput;
import com.benchcrm.submission.Submission;
import com.benchcrm.submission.SubmissionChange;
import com.benchcrm.submission.SubmissionDetails;
import com.benchcrm.submission.SubmissionInput;
import com.benchcrm.submission.SubmissionRepository;
import com.benchcrm.submission.SubmissionStatus;
import com.benchcrm.submission.Submissions;
import com.benchcrm.submission.TransitionInput;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Registers the submission pipeline's routes; each only reads the request, calls one use case of
 * {@link Submissions} and writes the typed response:
 *
 * <ul>
 *   <li>{@code POST /v1/submissions} (idempotent), {@code GET /v1/submissions?status=&consultantId=&requirementId=&vendorCompanyId=},
 *       {@code GET} and {@code PATCH /v1/submissions/{id}};</li>
 *   <li>{@code POST /v1/recommendations/{id}/submission}: a submission from a recommendation;</li>
 *   <li>{@code POST /v1/submissions/{id}/transitions}, {@code .../interviews}, {@code .../offers}, {@code .../placement};</li>
 *   <li>{@code GET} and {@code PATCH /v1/interviews/{id}}, {@code GET /v1/interviews/{id}.ics}.</li>
 * </ul>
 */
public final class SubmissionRoutes {

    public static final String BASE = "/v1/submissions";

    private SubmissionRoutes() {}

    public static void register(Router router, Submissions submissions, Clock clock) {
        router.add(
                "POST", BASE, false, (req, caller) -> created(submissions.create(caller, body(req, caller), key(req))));
        router.add("GET", BASE, false, (req, caller) -> list(req, caller, submissions));
        router.add("GET", BASE + "/{id}", false, (req, caller) -> {
            SubmissionDetails d = submissions.get(caller, Params.pathId(req, "submission"));
            if (ETags.ifNoneMatch(req, d.submission().version())) {
                return HttpResponse.empty(304)
                        .header("etag", ETags.of(d.submission().version()));
            }
            return HttpResponse.json(200, SubmissionResponse.of(d))
                    .header("etag", ETags.of(d.submission().version()));
        });
        router.add("PATCH", BASE + "/{id}", false, (req, caller) -> {
            UUID id = Params.pathId(req, "submission");
            var ifMatch = ETags.ifMatch(req);
            caller.require(Permission.SUBMISSION_WRITE);
            var patch = JsonBodies.readPatch(req);
            SubmissionDetails d = submissions.update(
                    caller, id, current -> JsonBodies.merge(current, patch, SubmissionChange.class), ifMatch);
            return details(200, d);
        });
        router.add("POST", BASE + "/{id}/transitions", false, (req, caller) -> {
            UUID id = Params.pathId(req, "submission");
            var ifMatch = ETags.ifMatch(req);
            caller.require(Permission.SUBMISSION_WRITE);
            return details(
                    200, submissions.transition(caller, id, JsonBodies.read(req, TransitionInput.class), ifMatch));
        });
        router.add("POST", BASE + "/{id}/interviews", false, (req, caller) -> {
            UUID id = Params.pathId(req, "submission");
            caller.require(Permission.SUBMISSION_WRITE);
            Interview i = submissions.scheduleInterview(caller, id, JsonBodies.read(req, InterviewInput.class));
            return HttpResponse.json(201, InterviewResponse.of(i))
                    .header("location", "/v1/interviews/" + i.id())
                    .header("etag", ETags.of(i.version()));
        });
        router.add("POST", BASE + "/{id}/offers", false, (req, caller) -> {
            UUID id = Params.pathId(req, "submission");
            caller.require(Permission.SUBMISSION_WRITE);
            return HttpResponse.json(
                    201, OfferResponse.of(submissions.makeOffer(caller, id, JsonBodies.read(req, OfferInput.class))));
        });
        router.add("POST", BASE + "/{id}/placement", false, (req, caller) -> {
            UUID id = Params.pathId(req, "submission");
            caller.require(Permission.SUBMISSION_WRITE);
            return HttpResponse.json(
                    201,
                    PlacementResponse.of(submissions.place(caller, id, JsonBodies.read(req, PlacementInput.class))));
        });
        router.add("POST", "/v1/recommendations/{id}/submission", false, (req, caller) -> {
            UUID recommendation = Params.pathId(req, "recommendation");
            return created(submissions.createFromRecommendation(caller, recommendation, body(req, caller), key(req)));
        });
        // the .ics route before /{id}: {id} would also match "<id>.ics"
        router.add("GET", "/v1/interviews/{id}.ics", false, (req, caller) -> {
            InterviewCalendar.Entry entry = submissions.calendarEntry(caller, Params.pathId(req, "interview"));
            return new HttpResponse(
                    200,
                    new LinkedHashMap<>(Map.of(
                            "content-type",
                            InterviewCalendar.MEDIA_TYPE,
                            "content-disposition",
                            "attachment; filename=\"interview-"
                                    + entry.interview().id() + ".ics\"")),
                    InterviewCalendar.render(entry, clock.instant()));
        });
        router.add("GET", "/v1/interviews/{id}", false, (req, caller) -> {
            Interview i = submissions.interview(caller, Params.pathId(req, "interview"));
            return HttpResponse.json(200, InterviewResponse.of(i)).header("etag", ETags.of(i.version()));
        });
        router.add("PATCH", "/v1/interviews/{id}", false, (req, caller) -> {
            UUID id = Params.pathId(req, "interview");
            var ifMatch = ETags.ifMatch(req);
            caller.require(Permission.SUBMISSION_WRITE);
            var patch = JsonBodies.readPatch(req);
            Interview i = submissions.updateInterview(
                    caller, id, current -> JsonBodies.merge(current, patch, InterviewInput.class), ifMatch);
            return HttpResponse.json(200, InterviewResponse.of(i)).header("etag", ETags.of(i.version()));
        });
    }

    private static SubmissionInput body(HttpRequest req, Caller caller) {
        caller.require(Permission.SUBMISSION_WRITE);
        return JsonBodies.read(req, SubmissionInput.class);
    }

    private static Optional<IdempotencyKey> key(HttpRequest req) {
        return req.header("idempotency-key").map(IdempotencyKey::new);
    }

    private static HttpResponse created(Created<SubmissionDetails> created) {
        Submission s = created.value().submission();
        HttpResponse r = HttpResponse.json(201, SubmissionResponse.of(created.value()))
                .header("location", BASE + "/" + s.id())
                .header("etag", ETags.of(s.version()));
        return created.replayed() ? r.header("idempotency-replayed", "true") : r;
    }

    private static HttpResponse details(int status, SubmissionDetails d) {
        return HttpResponse.json(status, SubmissionResponse.of(d))
                .header("etag", ETags.of(d.submission().version()));
    }

    private static HttpResponse list(HttpRequest req, Caller caller, Submissions submissions) {
        PageRequest page = PageRequest.parse(Submissions.KIND, req.queryParam("limit"), req.queryParam("cursor"));
        SubmissionRepository.Query query = new SubmissionRepository.Query(
                statuses(req.queryParam("status")),
                Params.queryId(req, "consultantId"),
                Params.queryId(req, "requirementId"),
                Params.queryId(req, "vendorCompanyId"));
        Page<Submission> result = submissions.list(caller, query, page);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "items",
                result.items().stream().map(SubmissionResponse::summary).toList());
        result.nextCursor().ifPresent(c -> body.put("nextCursor", c));
        return HttpResponse.json(200, body);
    }

    static Set<SubmissionStatus> statuses(String raw) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        Set<SubmissionStatus> out = EnumSet.noneOf(SubmissionStatus.class);
        for (String s : raw.split(",")) {
            try {
                out.add(SubmissionStatus.valueOf(s.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(
                        "status",
                        "status must be a comma-separated list of "
                                + java.util.Arrays.toString(SubmissionStatus.values()));
            }
        }
        return out;
    }
}
