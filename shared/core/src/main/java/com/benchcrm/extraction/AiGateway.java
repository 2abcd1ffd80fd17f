package com.benchcrm.extraction;

import com.benchcrm.tenancy.TenantId;

/**
 * Port: structured extraction from text. Adapters: the deterministic rules extractor (embedded
 * default, no network: {@code shared/adapters/extraction-rules}) and Amazon Bedrock's Converse API with
 * tool-use JSON output ({@code shared/adapters/ai-bedrock}); {@link FallbackAiGateway} puts the rules
 * behind an AI adapter so a refusal, a cap or an outage never loses a mail.
 *
 * <p>Text handed to an extractor is data, never instructions: "ignore previous instructions" in a
 * mail is just more text to extract from.
 *
 * <pre>{@code
 * RequirementExtraction r = gateway.extractRequirements(tenant, ExtractionInput.ofMail(mail));
 * ResumeExtraction cv = gateway.extractResume(tenant, resumeText);
 * }</pre>
 *
 * <p>The JSON Schemas of the two targets are {@value ExtractionSchemas#REQUIREMENT} and
 * {@value ExtractionSchemas#RESUME}.
 */
public interface AiGateway {

    RequirementExtraction extractRequirements(TenantId tenant, ExtractionInput input);

    ResumeExtraction extractResume(TenantId tenant, String text);

    /**
     * Writes a short text (a submission mail's body, ADR 0102) from the request's facts, at most
     * {@code request.maxOutputTokens()} tokens. The caller checks the tenant's {@link TokenBudget}
     * before and records the returned usage after (it alone knows whether the text passed its
     * validation). The deterministic extractor cannot write: it keeps this default, so drafting with
     * AI on a stack without a model is refused ({@code ai-not-configured}), never faked.
     *
     * @throws AiUnavailableException {@code ai-not-configured} without a model; {@code timeout},
     *     {@code throttled}, {@code service-error} when the model failed
     */
    default DraftedText draftText(TenantId tenant, TextDraftRequest request) {
        throw new AiUnavailableException(
                AiUnavailableException.NOT_CONFIGURED,
                "no AI model is configured for drafting (BENCHCRM_AI_MODE=bedrock with BENCHCRM_BEDROCK_MODEL_ID)");
    }
}
