package com.benchcrm.extraction;

/** What the AI wrote for a {@link TextDraftRequest}: the text, the model that wrote it, the tokens it used. */
public record DraftedText(String text, String model, TokenUsage usage) {}
