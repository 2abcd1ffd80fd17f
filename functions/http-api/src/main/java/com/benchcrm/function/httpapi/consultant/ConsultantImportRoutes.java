package com.benchcrm.function.httpapi.consultant;

import com.benchcrm.documents.DocumentTooLargeException;
import com.benchcrm.documents.UnreadableDocumentException;
import com.benchcrm.function.httpapi.http.ApiException;
import com.benchcrm.function.httpapi.http.ETags;
import com.benchcrm.function.httpapi.http.HttpRequest;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.Problem;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.ingest.ResumeImport;
import com.benchcrm.mail.AttachmentKind;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;

/**
 * {@code POST /v1/consultants/import}: a resume as plain text, PDF or DOCX becomes a consultant
 * (201, created) or updates the consultant with the resume's e-mail address (200), with the skills,
 * titles, years, location and work authorization the resume states. A resume that states no name
 * still becomes a consultant, named from its e-mail address or its file name
 * ({@code Content-Disposition: attachment; filename="jane-doe.pdf"}) and marked for review
 * ({@code needsReview}, {@code reviewReasons}). A document over the reading limits is a 413.
 */
public final class ConsultantImportRoutes {

    public static final String PATH = "/v1/consultants/import";
    public static final int MAX_BODY = 10 * 1024 * 1024;
    static final Map<String, AttachmentKind> MEDIA_TYPES = Map.of(
            "text/plain", AttachmentKind.TEXT,
            "application/pdf", AttachmentKind.PDF,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", AttachmentKind.DOCX,
            "application/rtf", AttachmentKind.RTF,
            "text/rtf", AttachmentKind.RTF);

    private ConsultantImportRoutes() {}

    public static void register(Router router, ResumeImport resumes) {
        router.add("POST", PATH, false, MAX_BODY, (req, caller) -> importResume(req, caller, resumes));
    }

    private static HttpResponse importResume(HttpRequest req, Caller caller, ResumeImport resumes) {
        caller.require(Permission.CONSULTANT_WRITE);
        String mediaType =
                req.header("content-type").orElse("").split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        AttachmentKind kind = MEDIA_TYPES.get(mediaType);
        if (kind == null) {
            throw new ApiException(
                    415,
                    "unsupported-media-type",
                    "Unsupported media type",
                    "send the resume as text/plain, application/pdf or a DOCX"
                            + (mediaType.isEmpty() ? "" : ", not " + mediaType));
        }
        if (req.body().length == 0) {
            throw new ApiException(
                    422,
                    "validation",
                    "Request body breaks a rule",
                    "the resume is empty",
                    List.of(new Problem.FieldProblem("/", "is empty")));
        }
        ResumeImport.Result r;
        try {
            r = resumes.importResume(caller, req.body(), kind, filename(req));
        } catch (DocumentTooLargeException e) {
            throw new ApiException(413, "document-too-large", "Document too large", e.getMessage());
        } catch (UnreadableDocumentException e) {
            throw new ApiException(
                    422,
                    "validation",
                    "Request body breaks a rule",
                    e.getMessage(),
                    List.of(new Problem.FieldProblem("/", e.getMessage())));
        }
        HttpResponse response = HttpResponse.json(r.created() ? 201 : 200, r.consultant())
                .header("etag", ETags.of(r.consultant().version()));
        return r.created()
                ? response.header(
                        "location", ConsultantRoutes.BASE + "/" + r.consultant().id())
                : response;
    }

    /** The file name of {@code Content-Disposition: attachment; filename="..."} (RFC 6266, {@code filename*} too), if sent. */
    static String filename(HttpRequest req) {
        return req.header("content-disposition")
                .map(value -> {
                    try {
                        String name = ContentDisposition.parse(value).getFilename();
                        return name == null || name.isBlank() ? null : name;
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                })
                .orElse(null);
    }
}
