package com.benchcrm.ingest;

import com.benchcrm.requirement.ImportedRequirement;
import java.util.List;
import java.util.UUID;

/**
 * What became of one message: its classification and outcome with the reason, the requirements
 * created or merged, the consultants created or updated from attached resumes, the problems found
 * in the mail, and how extraction went (engine, model, fallbacks).
 *
 * @param replayed the message had been received before (same bytes or same Message-ID): this is
 *                 the first receipt's report and nothing was done again
 */
public record IngestReport(
        UUID inboundMessageId,
        MailKind kind,
        IngestOutcome outcome,
        String reason,
        List<ImportedRequirement> requirements,
        List<UUID> consultants,
        List<String> problems,
        String engine,
        String model,
        List<String> extractionNotes,
        boolean replayed) {

    public IngestReport {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        consultants = consultants == null ? List.of() : List.copyOf(consultants);
        problems = problems == null ? List.of() : List.copyOf(problems);
        extractionNotes = extractionNotes == null ? List.of() : List.copyOf(extractionNotes);
    }

    public IngestReport asReplay() {
        return new IngestReport(
                inboundMessageId,
                kind,
                outcome,
                reason,
                requirements,
                consultants,
                problems,
                engine,
                model,
                extractionNotes,
                true);
    }
}
