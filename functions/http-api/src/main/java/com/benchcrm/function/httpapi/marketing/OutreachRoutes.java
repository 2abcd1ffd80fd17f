package com.benchcrm.function.httpapi.marketing;

import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.common.ValidationException;
import com.benchcrm.function.httpapi.http.ETags;
import com.benchcrm.function.httpapi.http.EntityRoutes;
import com.benchcrm.function.httpapi.http.HttpRequest;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.marketing.Consents;
import com.benchcrm.marketing.ContactConsent;
import com.benchcrm.marketing.DistributionListInput;
import com.benchcrm.marketing.DistributionLists;
import com.benchcrm.marketing.DraftEdit;
import com.benchcrm.marketing.MailFeedback;
import com.benchcrm.marketing.Outreach;
import com.benchcrm.marketing.OutreachDraft;
import com.benchcrm.marketing.OutreachMessage;
import com.benchcrm.marketing.SubmissionDrafts;
import com.benchcrm.marketing.Suppression;
import com.benchcrm.marketing.Suppressions;
import com.benchcrm.marketing.Unsubscribes;
import com.benchcrm.security.Permission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers the consent and sending routes of marketing: {@code /v1/distribution-lists} (the entity
 * conventions), {@code /v1/contacts/{id}/consent}, {@code /v1/suppressions} (with
 * {@code POST /v1/suppressions/feedback}, the local injection of an SES bounce or complaint
 * notification), {@code /v1/outreach/drafts} with {@code .../approve} and {@code .../messages}, {@code PATCH
 * /v1/outreach/drafts/{id}} (the subject and text edited before approval, ADR 0105),
 * {@code GET /v1/outreach/sent}, {@code POST /v1/submissions/{id}/outreach-draft} (the mail to the
 * submission's vendor contact with the RTR attached, ADR 0101), and the public one-click unsubscribe {@code GET|POST
 * /v1/unsubscribe/{token}} (RFC 8058; no login: the signed token names the tenant and address).
 */
public final class OutreachRoutes {

    public static final String LISTS = "/v1/distribution-lists";
    public static final String DRAFTS = "/v1/outreach/drafts";

    private OutreachRoutes() {}

    /** The services behind the routes. */
    public record Services(
            DistributionLists lists,
            Consents consents,
            Suppressions suppressions,
            MailFeedback feedback,
            Unsubscribes unsubscribes,
            Outreach outreach,
            SubmissionDrafts submissionDrafts) {}

    public static void register(Router router, Services s) {
        EntityRoutes.register(router, LISTS, s.lists(), DistributionListInput.class);
        router.add(
                "GET",
                "/v1/contacts/{id}/consent",
                false,
                (req, caller) -> HttpResponse.json(200, s.consents().get(caller, req.idParam("contact"))));
        router.add("PUT", "/v1/contacts/{id}/consent", false, (req, caller) -> {
            var id = req.idParam("contact");
            caller.require(Permission.MARKETING_WRITE);
            var in = JsonBodies.read(req, ContactConsent.Input.class);
            return HttpResponse.json(200, s.consents().record(caller, id, in));
        });
        router.add("DELETE", "/v1/contacts/{id}/consent", false, (req, caller) -> {
            s.consents().withdraw(caller, req.idParam("contact"));
            return HttpResponse.empty(204);
        });

        router.add("GET", "/v1/suppressions", false, (req, caller) -> {
            int limit = limit(req);
            Optional<String> after =
                    Optional.ofNullable(req.queryParam("after")).filter(a -> !a.isBlank());
            var items = s.suppressions().list(caller, after, limit + 1);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("items", items.size() > limit ? items.subList(0, limit) : items);
            if (items.size() > limit) {
                body.put("nextAfter", items.get(limit - 1).email());
            }
            return HttpResponse.json(200, body);
        });
        router.add("POST", "/v1/suppressions", false, (req, caller) -> {
            caller.require(Permission.MARKETING_WRITE);
            var in = JsonBodies.read(req, Suppression.Input.class);
            return HttpResponse.json(201, s.suppressions().add(caller, in));
        });
        router.add("DELETE", "/v1/suppressions/{email}", false, (req, caller) -> {
            s.suppressions().remove(caller, req.pathParam("email"));
            return HttpResponse.empty(204);
        });
        router.add("POST", "/v1/suppressions/feedback", false, (req, caller) -> {
            caller.require(Permission.SETTINGS_MANAGE);
            var notification = JsonBodies.read(req, com.fasterxml.jackson.databind.JsonNode.class);
            var tenant = MailFeedback.tenantOf(notification);
            if (tenant.isPresent() && !tenant.get().equals(caller.tenant())) {
                throw new com.benchcrm.common.ValidationException(
                        java.util.List.of(new com.benchcrm.common.ValidationException.FieldError(
                                "/mail/tags/" + MailFeedback.TENANT_TAG,
                                "the notification is about another organization")));
            }
            var outcome = s.feedback().apply(com.benchcrm.common.Json.write(notification));
            return HttpResponse.json(200, Map.of("type", outcome.type(), "suppressed", outcome.suppressed()));
        });

        router.add("GET", "/v1/unsubscribe/{token}", true, (req, caller) -> {
            var who = s.unsubscribes().check(req.pathParam("token"));
            return who.map(w -> UnsubscribePages.confirm(w.email(), req.path())).orElseGet(UnsubscribePages::invalid);
        });
        router.add("POST", "/v1/unsubscribe/{token}", true, (req, caller) -> {
            var who = s.unsubscribes().unsubscribe(req.pathParam("token"));
            return who.map(w -> UnsubscribePages.done(w.email())).orElseGet(UnsubscribePages::invalid);
        });

        router.add("POST", DRAFTS, false, (req, caller) -> {
            caller.require(Permission.MARKETING_WRITE);
            var in = JsonBodies.read(req, Outreach.HotListDraftRequest.class);
            OutreachDraft d = s.outreach().draftHotList(caller, in);
            return HttpResponse.json(201, d).header("location", DRAFTS + "/" + d.id());
        });
        router.add("POST", "/v1/submissions/{id}/outreach-draft", false, (req, caller) -> {
            var submission = req.idParam("submission");
            caller.require(Permission.SUBMISSION_WRITE);
            caller.require(Permission.MARKETING_WRITE);
            var in = req.body() == null || req.body().length == 0
                    ? new SubmissionDrafts.Request(null)
                    : JsonBodies.read(req, SubmissionDrafts.Request.class);
            OutreachDraft d = s.submissionDrafts().draft(caller, submission, in);
            return HttpResponse.json(201, d).header("location", DRAFTS + "/" + d.id());
        });
        router.add("GET", DRAFTS, false, (req, caller) -> {
            PageRequest page = PageRequest.parse("outreach_draft", req.queryParam("limit"), req.queryParam("cursor"));
            return page(s.outreach().list(caller, status(req.queryParam("status")), page));
        });
        router.add("GET", DRAFTS + "/{id}", false, (req, caller) -> {
            OutreachDraft d = s.outreach().get(caller, req.idParam("outreach_draft"));
            return HttpResponse.json(200, d).header("etag", ETags.of(d.version()));
        });
        router.add("PATCH", DRAFTS + "/{id}", false, (req, caller) -> {
            var id = req.idParam("outreach_draft");
            var ifMatch = ETags.ifMatch(req);
            caller.require(Permission.MARKETING_WRITE);
            OutreachDraft d = s.outreach().edit(caller, id, edit(JsonBodies.readPatch(req)), ifMatch);
            return HttpResponse.json(200, d).header("etag", ETags.of(d.version()));
        });
        router.add(
                "POST",
                DRAFTS + "/{id}/approve",
                false,
                (req, caller) -> HttpResponse.json(200, s.outreach().approve(caller, req.idParam("outreach_draft"))));
        router.add("GET", DRAFTS + "/{id}/messages", false, (req, caller) -> {
            var draft = req.idParam("outreach_draft");
            PageRequest page = PageRequest.parse("outreach_message", req.queryParam("limit"), req.queryParam("cursor"));
            return page(s.outreach().messages(caller, draft, messageStatus(req.queryParam("status")), page));
        });
        router.add("GET", "/v1/outreach/sent", false, (req, caller) -> {
            PageRequest page = PageRequest.parse("outreach_message", req.queryParam("limit"), req.queryParam("cursor"));
            return page(s.outreach().sent(caller, page));
        });
    }

    /**
     * The body of {@code PATCH /v1/outreach/drafts/{id}} (ADR 0105): {@code subject} and {@code bodyText},
     * strings, either or both; any other member, or a null, is a 422 on that member.
     */
    static DraftEdit edit(ObjectNode body) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!name.equals("subject") && !name.equals("bodyText")) {
                errors.add(new ValidationException.FieldError(
                        "/" + name, "cannot be edited; only subject and bodyText can"));
            }
        });
        String subject = text(body, "subject", errors);
        String bodyText = text(body, "bodyText", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new DraftEdit(subject, bodyText);
    }

    private static String text(ObjectNode body, String name, List<ValidationException.FieldError> errors) {
        JsonNode node = body.get(name);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new ValidationException.FieldError("/" + name, "must be a string"));
            return null;
        }
        return node.textValue();
    }

    private static HttpResponse page(Page<?> p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", p.items());
        p.nextCursor().ifPresent(c -> body.put("nextCursor", c));
        return HttpResponse.json(200, body);
    }

    private static int limit(HttpRequest req) {
        String raw = req.queryParam("limit");
        if (raw == null || raw.isBlank()) {
            return 50;
        }
        try {
            int n = Integer.parseInt(raw.trim());
            if (n >= 1 && n <= 200) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // falls through
        }
        throw new InvalidRequestException("limit", "limit must be an integer from 1 to 200");
    }

    static Optional<OutreachMessage.Status> messageStatus(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OutreachMessage.Status.valueOf(raw.trim()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status", "status must be one of QUEUED, SENT, SUPPRESSED, FAILED");
        }
    }

    static Optional<OutreachDraft.Status> status(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OutreachDraft.Status.valueOf(raw.trim()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status", "status must be one of DRAFT, APPROVED, DISCARDED");
        }
    }
}
