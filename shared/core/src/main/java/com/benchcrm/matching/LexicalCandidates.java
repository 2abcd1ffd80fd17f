package com.benchcrm.matching;

import com.benchcrm.requirement.Requirement;
import com.benchcrm.tenancy.TenantId;
import java.util.List;
import java.util.UUID;

/**
 * Port: the lexical half of candidate retrieval (ADR 0075). Consultants whose profile text (title,
 * summary, skills) shares words with the requirement's, best first, with a full-text relevance score.
 * The {@link Recommender} fuses them with the vector index's nearest profiles by reciprocal rank, so a
 * consultant who names the requirement's words but whose profile embeds far from it is still scored.
 *
 * <pre>{@code
 * LexicalCandidates text = LexicalCandidates.fromIndex(vectorIndex, model.info().key());   // BM25 beside the vectors
 * List<LexicalCandidates.Hit> hits = text.search(tenant, requirement, 200);
 * }</pre>
 */
@FunctionalInterface
public interface LexicalCandidates {

    /** No lexical retrieval: candidates come from the vector index alone. */
    LexicalCandidates NONE = (tenant, requirement, limit) -> List.of();

    /**
     * Lexical candidates from the texts the vector index keeps beside the profile vectors of {@code modelKey}
     * (BM25 in Lucene and OpenSearch), queried with the requirement's title and skills ({@link ProfileText#lexicalQuery}).
     */
    static LexicalCandidates fromIndex(com.benchcrm.vector.VectorIndex index, String modelKey) {
        return (tenant, requirement, limit) -> index.textQuery(tenant, com.benchcrm.vector.EntityKind.CONSULTANT, modelKey,
                        ProfileText.lexicalQuery(requirement), limit).stream()
                .map(h -> new Hit(h.id(), h.similarity())).toList();
    }

    /** At most {@code limit} consultants of the tenant, best first; {@code score} is positive, larger is better. */
    List<Hit> search(TenantId tenant, Requirement requirement, int limit);

    /** One consultant found by its words. */
    record Hit(UUID id, double score) {
    }
}
