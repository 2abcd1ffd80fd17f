package com.benchcrm.function.httpapi.ai;

import com.benchcrm.common.Validator;
import com.benchcrm.extraction.AiGateway;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.extraction.RequirementExtraction;
import com.benchcrm.extraction.ResumeExtraction;
import com.benchcrm.function.httpapi.http.HttpRequest;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /v1/ai/extract}: structured extraction of pasted text, {@code requirement} or
 * {@code resume}, through the AI gateway (the rules by default, Bedrock when configured). Nothing
 * is stored; the answer is the extraction with every field's source text.
 */
public final class ExtractRoutes {

    public static final String PATH = "/v1/ai/extract";
    static final int MAX_TEXT = 200_000;

    /** The request body. */
    public record ExtractRequest(
            @JsonProperty("schema_name") String schemaName, String text) {}

    private ExtractRoutes() {}

    public static void register(Router router, AiGateway ai) {
        router.add("POST", PATH, false, (req, caller) -> extract(req, caller, ai));
    }

    private static HttpResponse extract(HttpRequest req, Caller caller, AiGateway ai) {
        caller.require(Permission.REQUIREMENT_WRITE);
        ExtractRequest body = JsonBodies.read(req, ExtractRequest.class);
        Validator v = new Validator();
        v.required("/schema_name", body.schemaName(), 20);
        v.check(
                body.schemaName() == null
                        || body.schemaName().equals("requirement")
                        || body.schemaName().equals("resume"),
                "/schema_name",
                "must be requirement or resume");
        v.required("/text", body.text(), MAX_TEXT);
        v.throwIfInvalid();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schema_name", body.schemaName());
        if (body.schemaName().equals("resume")) {
            caller.require(Permission.CONSULTANT_WRITE);
            ResumeExtraction r = ai.extractResume(caller.tenant(), body.text());
            out.put("resume", r);
        } else {
            RequirementExtraction r = ai.extractRequirements(caller.tenant(), ExtractionInput.ofText(body.text()));
            out.put("requirements", r.requirements());
            out.put("engine", r.engine());
            if (r.model() != null) {
                out.put("model", r.model());
            }
            out.put("taxonomyVersion", r.taxonomyVersion());
            out.put("usage", r.usage());
            out.put("notes", r.notes());
        }
        return HttpResponse.json(200, out);
    }
}
