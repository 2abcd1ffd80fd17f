package com.benchcrm.extraction;

import com.benchcrm.tenancy.TenantId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An AI adapter with the deterministic extractor behind it: when the AI refuses (daily token cap),
 * fails (timeouts after retries, throttling) or returns output that fails validation, the rules
 * extract instead and the reason is recorded in the result's notes.
 */
public final class FallbackAiGateway implements AiGateway {

    private static final Logger LOG = LoggerFactory.getLogger(FallbackAiGateway.class);

    private final AiGateway primary;
    private final AiGateway fallback;

    public FallbackAiGateway(AiGateway primary, AiGateway fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public RequirementExtraction extractRequirements(TenantId tenant, ExtractionInput input) {
        try {
            return primary.extractRequirements(tenant, input);
        } catch (AiUnavailableException e) {
            LOG.warn("AI extraction unavailable ({}); using the rules", e.reason());
            return fallback.extractRequirements(tenant, input)
                    .withNotes(List.of(e.reason() + ": " + e.getMessage() + "; extracted by rules instead"));
        }
    }

    /** Drafting has no rules fallback here: the caller falls back to its own template (ADR 0102). */
    @Override
    public DraftedText draftText(TenantId tenant, TextDraftRequest request) {
        return primary.draftText(tenant, request);
    }

    @Override
    public ResumeExtraction extractResume(TenantId tenant, String text) {
        try {
            return primary.extractResume(tenant, text);
        } catch (AiUnavailableException e) {
            LOG.warn("AI resume extraction unavailable ({}); using the rules", e.reason());
            ResumeExtraction r = fallback.extractResume(tenant, text);
            List<String> notes = new java.util.ArrayList<>(r.notes());
            notes.add(e.reason() + ": " + e.getMessage() + "; extracted by rules instead");
            return new ResumeExtraction(
                    r.fullName(),
                    r.email(),
                    r.phone(),
                    r.titles(),
                    r.skills(),
                    r.yearsExperience(),
                    r.location(),
                    r.workAuthorization(),
                    r.summary(),
                    r.engine(),
                    r.model(),
                    r.taxonomyVersion(),
                    r.usage(),
                    notes);
        }
    }
}
