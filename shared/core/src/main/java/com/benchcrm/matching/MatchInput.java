package com.benchcrm.matching;

import com.benchcrm.consultant.Consultant;
import com.benchcrm.requirement.Requirement;
import java.util.List;
import java.util.Objects;

/**
 * What the engine scores: a requirement, a consultant, and what is known about them beyond their
 * records.
 *
 * @param embeddingSimilarity cosine of the two profile embeddings, or null when either has no vector
 * @param embeddingModel      the model key of that similarity (for the audit), or null
 * @param consultantHistory   the consultant's decided submissions
 * @param companyHistory      the requirement's client company's decided submissions
 * @param titleSimilarity     cosine of the two titles' embeddings, or null when either has no title vector
 * @param lexicalRelevance    full-text relevance of the consultant's profile to the requirement's text, divided
 *                            by the best candidate's (0 to 1), or null when no lexical search ran
 */
public record MatchInput(Requirement requirement, Consultant consultant, Double embeddingSimilarity,
                         String embeddingModel, List<Outcome> consultantHistory, List<Outcome> companyHistory,
                         Double titleSimilarity, Double lexicalRelevance) {

    public MatchInput {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(consultant, "consultant");
        consultantHistory = consultantHistory == null ? List.of() : List.copyOf(consultantHistory);
        companyHistory = companyHistory == null ? List.of() : List.copyOf(companyHistory);
    }

    public static MatchInput of(Requirement r, Consultant c) {
        return new MatchInput(r, c, null, null, List.of(), List.of(), null, null);
    }

    public MatchInput withSimilarity(double cosine, String model) {
        return new MatchInput(requirement, consultant, cosine, model, consultantHistory, companyHistory, titleSimilarity,
                lexicalRelevance);
    }

    public MatchInput withHistory(List<Outcome> consultant, List<Outcome> company) {
        return new MatchInput(requirement, this.consultant, embeddingSimilarity, embeddingModel, consultant, company,
                titleSimilarity, lexicalRelevance);
    }

    /** The titles' embedding cosine (null: unknown, the role factor is neutral). */
    public MatchInput withTitleSimilarity(Double cosine) {
        return new MatchInput(requirement, consultant, embeddingSimilarity, embeddingModel, consultantHistory, companyHistory,
                cosine, lexicalRelevance);
    }

    /** Full-text relevance relative to the best candidate, 0 to 1 (null: no lexical search ran). */
    public MatchInput withLexicalRelevance(Double relevance) {
        return new MatchInput(requirement, consultant, embeddingSimilarity, embeddingModel, consultantHistory, companyHistory,
                titleSimilarity, relevance);
    }
}
