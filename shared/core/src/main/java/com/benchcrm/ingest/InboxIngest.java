package com.benchcrm.ingest;

import com.benchcrm.common.Hashing;
import com.benchcrm.common.Ids;
import com.benchcrm.common.Json;
import com.benchcrm.common.ValidationException;
import com.benchcrm.documents.UnreadableDocumentException;
import com.benchcrm.extraction.AiGateway;
import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.extraction.RequirementExtraction;
import com.benchcrm.mail.MailAttachment;
import com.benchcrm.mail.MailParser;
import com.benchcrm.mail.ParsedMail;
import com.benchcrm.requirement.ImportedRequirement;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.SqlSession;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.sql.UniqueViolationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox use case: one raw message of a tenant becomes requirements (deduplicated, with the
 * vendor as a source), consultants (from attached resumes) or a filed message, and the outcome is
 * recorded with the reason. Every path records an {@code inbound_message} row; the raw message is
 * never deleted (the caller stored it before calling). Exact re-sends (same bytes or same
 * Message-ID) return the first receipt's report and change nothing.
 *
 * <pre>{@code
 * IngestReport r = inbox.ingest(caller, new InboundMail(raw, "raw/acme/0001", Channel.SES, Instant.now()));
 * }</pre>
 *
 * <p>Extraction runs outside any database transaction (an AI call may take seconds); all the
 * writes of one message then happen in one transaction.
 */
public final class InboxIngest {

    private static final Logger LOG = LoggerFactory.getLogger(InboxIngest.class);
    private static final Pattern RESUME_NAME = Pattern.compile("(?i)(resume|résumé|cv\\b|curriculum|profile|candidate|bio)");

    private final SqlPort sql;
    private final MailParser parser;
    private final AiGateway ai;
    private final Requirements requirements;
    private final ResumeImport resumes;
    private final Ids ids;
    private final Clock clock;

    public InboxIngest(SqlPort sql, MailParser parser, AiGateway ai, Requirements requirements, ResumeImport resumes, Ids ids,
                       Clock clock) {
        this.sql = sql;
        this.parser = parser;
        this.ai = ai;
        this.requirements = requirements;
        this.resumes = resumes;
        this.ids = ids;
        this.clock = clock;
    }

    public IngestReport ingest(Caller caller, InboundMail mail) {
        caller.require(Permission.REQUIREMENT_WRITE);
        String sha = Hashing.sha256(mail.raw());
        Optional<IngestReport> earlier = earlier(caller, sha, null);
        if (earlier.isPresent()) {
            return earlier.get().asReplay();
        }
        // over the limit, the parser reads the headers only and says so: the message is classified TOO_LARGE
        ParsedMail parsed = parser.parse(mail.raw());
        if (parsed.messageId() != null) {
            Optional<IngestReport> sameId = earlier(caller, null, parsed.messageId());
            if (sameId.isPresent()) {
                return sameId.get().asReplay();
            }
        }
        Optional<MailKind> early = MailClassifier.beforeExtraction(parsed);
        if (early.isPresent()) {
            MailKind kind = early.get();
            boolean rejected = kind == MailKind.EMPTY || kind == MailKind.UNREADABLE || kind == MailKind.TOO_LARGE;
            return record(caller, mail, sha, parsed, kind, rejected ? IngestOutcome.REJECTED : IngestOutcome.FILED, reason(kind, parsed),
                    null, List.of(), List.of());
        }
        RequirementExtraction extraction = ai.extractRequirements(caller.tenant(), ExtractionInput.ofMail(parsed));
        List<UUID> consultants = new ArrayList<>();
        List<String> notes = new ArrayList<>(extraction.notes());
        List<AttachmentNote> attachmentNotes = new ArrayList<>();
        for (MailAttachment a : parsed.attachments()) {
            AttachmentNote note = new AttachmentNote(a, null, null);
            boolean resume = a.content() != null && a.kind().isDocument()
                    && (RESUME_NAME.matcher(a.filename() == null ? "" : a.filename()).find() || extraction.requirements().isEmpty());
            if (resume) {
                try {
                    ResumeImport.Result r = resumes.importResume(caller, a.content(), a.kind(), a.filename());
                    consultants.add(r.consultant().id());
                    note = new AttachmentNote(a, r.consultant().id(), r.created() ? "consultant created" : "consultant updated");
                } catch (UnreadableDocumentException | ValidationException e) {
                    note = new AttachmentNote(a, null, "not imported as a resume: " + e.getMessage());
                    notes.add("attachment " + a.filename() + ": " + e.getMessage());
                }
            }
            attachmentNotes.add(note);
        }
        if (extraction.requirements().isEmpty()) {
            MailKind kind = MailClassifier.withoutRequirements(parsed, !consultants.isEmpty());
            return record(caller, mail, sha, parsed, kind, kind == MailKind.RESUME ? IngestOutcome.IMPORTED : IngestOutcome.FILED,
                    reason(kind, parsed), extraction, consultants, attachmentNotes, notes);
        }
        return record(caller, mail, sha, parsed, MailKind.REQUIREMENT, null, null, extraction, consultants, attachmentNotes, notes);
    }

    private record AttachmentNote(MailAttachment attachment, UUID consultantId, String note) {
    }

    private IngestReport record(Caller caller, InboundMail mail, String sha, ParsedMail parsed, MailKind kind, IngestOutcome outcome,
                                String reason, RequirementExtraction extraction, List<UUID> consultants, List<AttachmentNote> attachments) {
        return record(caller, mail, sha, parsed, kind, outcome, reason, extraction, consultants, attachments,
                extraction == null ? List.of() : extraction.notes());
    }

    private IngestReport record(Caller caller, InboundMail mail, String sha, ParsedMail parsed, MailKind kind, IngestOutcome fixedOutcome,
                                String fixedReason, RequirementExtraction extraction, List<UUID> consultants,
                                List<AttachmentNote> attachments, List<String> notes) {
        UUID id = ids.next();
        try {
            return sql.inTenant(caller.tenant(), s -> {
                insertMessage(s, caller, id, mail, sha, parsed, kind);
                List<ImportedRequirement> imported = new ArrayList<>();
                List<String> allNotes = new ArrayList<>(notes);
                if (extraction != null && kind == MailKind.REQUIREMENT) {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("inboundMessageId", id.toString());
                    details.put("engine", extraction.engine());
                    if (extraction.model() != null) {
                        details.put("model", extraction.model());
                    }
                    details.put("taxonomyVersion", extraction.taxonomyVersion());
                    details.put("promptFingerprint", Hashing.sha256(ExtractionInput.ofMail(parsed).allText()));
                    for (ExtractedRequirement r : extraction.requirements()) {
                        RequirementInput input = RequirementMapper.input(r);
                        try {
                            input.validate();
                        } catch (ValidationException e) {
                            allNotes.add("requirement '" + input.title() + "' not imported: " + e.getMessage());
                            continue;
                        }
                        imported.add(requirements.importInto(new com.benchcrm.sql.SqlTx(s, caller.tenant()), caller, input, RequirementMapper.fingerprint(r, input),
                                RequirementMapper.source(r, parsed.vendor(), id, parsed.messageId(), parsed.contentSubject(), mail.receivedAt()),
                                details));
                    }
                }
                for (AttachmentNote a : attachments) {
                    insertAttachment(s, caller, id, a);
                }
                IngestOutcome outcome = fixedOutcome;
                String reason = fixedReason;
                if (outcome == null) {
                    long created = imported.stream().filter(ImportedRequirement::created).count();
                    outcome = imported.isEmpty() ? IngestOutcome.FILED : created > 0 ? IngestOutcome.IMPORTED : IngestOutcome.MERGED;
                    reason = imported.isEmpty() ? "requirements were found but none could be imported"
                            : created + " requirement(s) created, " + (imported.size() - created) + " already known"
                            + (imported.size() > 1 ? " (a list of " + imported.size() + ")" : "");
                }
                IngestReport report = new IngestReport(id, kind, outcome, reason, imported, consultants, parsed.problems(),
                        extraction == null ? null : extraction.engine(), extraction == null ? null : extraction.model(), allNotes, false);
                Map<String, Object> ext = new LinkedHashMap<>();
                if (extraction != null) {
                    ext.put("engine", extraction.engine());
                    ext.put("model", extraction.model());
                    ext.put("taxonomyVersion", extraction.taxonomyVersion());
                    ext.put("inputTokens", extraction.usage().inputTokens());
                    ext.put("outputTokens", extraction.usage().outputTokens());
                    ext.put("notes", allNotes);
                    ext.put("requirementsFound", extraction.requirements().size());
                }
                s.update("""
                        update inbound_message set outcome = :outcome, reason = :reason, extraction = :extraction, report = :report,
                            requirement_ids = coalesce(string_to_array(:requirement_ids, ',')::uuid[], '{}'),
                            consultant_ids = coalesce(string_to_array(:consultant_ids, ',')::uuid[], '{}')
                        where tenant_id = :tenant and id = :id""",
                        SqlParams.of("tenant", caller.tenant().value()).and("id", id).and("outcome", outcome.name())
                                .and("reason", reason)
                                .and("extraction", extraction == null ? null : new SqlJson(Json.write(ext)))
                                .and("report", new SqlJson(Json.write(report)))
                                .and("requirement_ids", imported.isEmpty() ? null
                                        : String.join(",", imported.stream().map(r -> r.id().toString()).distinct().toList()))
                                .and("consultant_ids", consultants.isEmpty() ? null
                                        : String.join(",", consultants.stream().map(UUID::toString).distinct().toList())));
                LOG.info("inbound message {}: {} {} ({} requirements, {} consultants)", id, kind, outcome, imported.size(), consultants.size());
                return report;
            });
        } catch (UniqueViolationException e) {
            // the same message, received concurrently: the other receipt won
            return earlier(caller, sha, null).map(IngestReport::asReplay).orElseThrow(() -> e);
        }
    }

    private void insertMessage(SqlSession s, Caller caller, UUID id, InboundMail mail, String sha, ParsedMail parsed, MailKind kind) {
        s.update("""
                insert into inbound_message (tenant_id, id, raw_sha256, message_id, blob_key, channel, from_email, from_name, vendor_email,
                    subject, received_at, size_bytes, kind, outcome, problems, trace_id, created_at)
                values (:tenant, :id, :sha, :message_id, :blob_key, :channel, :from_email, :from_name, :vendor_email, :subject,
                    :received_at, :size, :kind, 'FILED', :problems, :trace_id, :now)""",
                SqlParams.of("tenant", caller.tenant().value()).and("id", id).and("sha", sha)
                        .and("message_id", cut(parsed.messageId(), 998)).and("blob_key", mail.blobKey())
                        .and("channel", mail.channel().name())
                        .and("from_email", parsed.from() == null ? null : cut(parsed.from().email(), 320))
                        .and("from_name", parsed.from() == null ? null : cut(parsed.from().name(), 300))
                        .and("vendor_email", parsed.vendor() == null ? null : cut(parsed.vendor().email(), 320))
                        .and("subject", cut(parsed.subject(), 998))
                        .and("received_at", mail.receivedAt() == null ? clock.instant() : mail.receivedAt())
                        .and("size", (long) mail.raw().length).and("kind", kind.name())
                        .and("problems", new SqlJson(Json.write(parsed.problems())))
                        .and("trace_id", caller.traceId()).and("now", clock.instant()));
    }

    private void insertAttachment(SqlSession s, Caller caller, UUID messageId, AttachmentNote a) {
        MailAttachment m = a.attachment();
        s.update("""
                insert into attachment (tenant_id, id, inbound_message_id, filename, media_type, kind, size_bytes, sha256, consultant_id,
                    note, created_at)
                values (:tenant, :id, :message, :filename, :media_type, :kind, :size, :sha, :consultant, :note, :now)""",
                SqlParams.of("tenant", caller.tenant().value()).and("id", ids.next()).and("message", messageId)
                        .and("filename", cut(m.filename(), 500)).and("media_type", cut(m.mediaType(), 200)).and("kind", m.kind().name())
                        .and("size", m.size()).and("sha", m.sha256()).and("consultant", a.consultantId()).and("note", cut(a.note(), 1000))
                        .and("now", clock.instant()));
    }

    /** The report of an earlier receipt of the same bytes (or Message-ID). */
    private Optional<IngestReport> earlier(Caller caller, String sha, String messageId) {
        return sql.inTenant(caller.tenant(), s -> {
            String where = sha != null ? "raw_sha256 = :key" : "message_id = :key";
            Optional<Row> row = s.queryOne("select report::text as report from inbound_message where tenant_id = :tenant and " + where
                    + " order by id limit 1", SqlParams.of("tenant", caller.tenant().value()).and("key", sha != null ? sha : messageId));
            return row.filter(r -> !r.isNull("report")).map(r -> Json.read(r.string("report"), IngestReport.class));
        });
    }

    private static String reason(MailKind kind, ParsedMail mail) {
        return switch (kind) {
            case EMPTY -> "the message has no text and no attachments";
            case UNREADABLE -> "the message could not be read: " + String.join("; ", mail.problems());
            case TOO_LARGE -> "the message is over the size limit: " + String.join("; ", mail.problems());
            case AUTO_REPLY -> "an automatic reply (out of office or similar)";
            case BOUNCE -> "a delivery failure notice";
            case REPLY -> "a reply in a conversation; no new requirement in it";
            case NEWSLETTER -> "a newsletter or list mail without a requirement";
            case NOT_A_REQUIREMENT -> "no job requirement found in the message";
            case RESUME -> "resume(s) attached; consultants created or updated";
            case REQUIREMENT -> "requirements imported";
        };
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return null;
        }
        String c = s.replace('\u0000', ' ');
        return c.length() <= max ? c : c.substring(0, max);
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
