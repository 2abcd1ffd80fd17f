package com.benchcrm.function.httpapi.inbox;

import com.benchcrm.blob.BlobStore;
import com.benchcrm.common.Hashing;
import com.benchcrm.function.httpapi.http.ApiException;
import com.benchcrm.function.httpapi.http.HttpRequest;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.ingest.Channel;
import com.benchcrm.ingest.InboundMail;
import com.benchcrm.ingest.InboxIngest;
import com.benchcrm.ingest.IngestReport;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /v1/integrations/inbox/import}: a raw RFC 822 message (as a mail client saves it,
 * {@code .eml}) goes through the same inbox as mail sent to the tenant's ingest address; the answer
 * is what became of it (the requirements created or merged, or why nothing was). The raw message is
 * kept in the raw-mail store when one is configured ({@code api/<tenant>/<sha256>}).
 */
public final class InboxRoutes {

    public static final String PATH = "/v1/integrations/inbox/import";
    /** API Gateway accepts 10 MB; a base64-encoded body of that size is about 7.5 MB of mail. */
    public static final int MAX_BODY = 10 * 1024 * 1024;

    static final Set<String> MEDIA_TYPES = Set.of("message/rfc822", "application/octet-stream", "text/plain");

    private InboxRoutes() {}

    public static void register(Router router, InboxIngest inbox, Optional<BlobStore> raw, Clock clock) {
        router.add("POST", PATH, false, MAX_BODY, (req, caller) -> importMail(req, caller, inbox, raw, clock));
    }

    private static HttpResponse importMail(
            HttpRequest req, Caller caller, InboxIngest inbox, Optional<BlobStore> raw, Clock clock) {
        caller.require(Permission.REQUIREMENT_WRITE);
        String mediaType =
                req.header("content-type").orElse("").split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new ApiException(
                    415,
                    "unsupported-media-type",
                    "Unsupported media type",
                    "send the raw message as message/rfc822" + (mediaType.isEmpty() ? "" : ", not " + mediaType));
        }
        byte[] bytes = req.body();
        String key = "api/" + caller.tenant().value() + "/" + Hashing.sha256(bytes);
        raw.ifPresent(store -> store.put(key, bytes));
        IngestReport report = inbox.ingest(
                caller,
                new InboundMail(bytes, raw.isPresent() ? key : "not-kept:" + key, Channel.API, clock.instant()));
        return HttpResponse.json(200, report);
    }
}
