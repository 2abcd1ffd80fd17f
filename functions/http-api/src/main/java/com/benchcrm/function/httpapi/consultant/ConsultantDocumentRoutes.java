package com.benchcrm.function.httpapi.consultant;

import com.benchcrm.consultant.document.ConsultantDocument;
import com.benchcrm.consultant.document.ConsultantDocuments;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.PathIds;
import com.benchcrm.function.httpapi.http.Router;
import java.util.List;

/**
 * {@code GET /v1/consultants/{id}/documents} (the consultant's stored resumes, newest first) and
 * {@code GET /v1/consultants/{id}/documents/{docId}} (the file itself with its content type, a
 * base64 body as API Gateway carries binary; API Gateway's 10 MB response limit is above the
 * 10 MiB resume upload limit).
 */
public final class ConsultantDocumentRoutes {

    /** The list response. */
    public record DocumentList(List<ConsultantDocument> items) {}

    private ConsultantDocumentRoutes() {}

    private static ConsultantDocuments documents(java.util.Optional<ConsultantDocuments> store) {
        return store.orElseThrow(() -> new com.benchcrm.function.httpapi.http.ApiException(
                503,
                "not-configured",
                "Documents are not configured",
                "this function has no blob store (BENCHCRM_RAW_DIR or BENCHCRM_RAW_BUCKET)"));
    }

    /** @param store empty when the function has no blob store: both routes answer 503 {@code not-configured} */
    public static void register(Router router, java.util.Optional<ConsultantDocuments> store) {
        router.add(
                "GET",
                ConsultantRoutes.BASE + "/{id}/documents",
                false,
                (req, caller) -> HttpResponse.json(
                        200, new DocumentList(documents(store).list(caller, PathIds.id(req, "consultant")))));
        router.add("GET", ConsultantRoutes.BASE + "/{id}/documents/{docId}", false, (req, caller) -> {
            var download = documents(store)
                    .download(caller, PathIds.id(req, "consultant"), PathIds.param(req, "docId", "document"));
            ConsultantDocument d = download.document();
            String name =
                    d.filename() == null ? "resume-" + d.id() : d.filename().replaceAll("[\\r\\n\"\\\\]", "_");
            return HttpResponse.binary(200, download.bytes(), d.mediaType())
                    .header("content-disposition", "attachment; filename=\"" + name + "\"")
                    .header("etag", "\"" + d.sha256() + "\"");
        });
    }
}
