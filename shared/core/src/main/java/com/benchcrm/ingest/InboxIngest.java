package com.benchcrm.ingest;

import com.benchcrm.common.Hashing;
import com.benchcrm.common.Ids;
import com.benchcrm.common.ValidationException;
import com.benchcrm.documents.UnreadableDocumentException;
import com.benchcrm.extraction.AiGateway;
import com.benchcrm.extraction.ExtractedRequirement;
import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.extraction.RequirementExtraction;
import com.benchcrm.mail.MailAttachment;
import com.benchcrm.mail.MailParser;
import com.benchcrm.mail.ParsedMail;
import com.benchcrm.persistence.DuplicateKeyException;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.ImportedRequirement;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
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
    private static final Pattern RESUME_NAME =
            Pattern.compile("(?i)(resume|résumé|cv\\b|curriculum|profile|candidate|bio)");

    private final Transactions transactions;
    private final InboundMessageRepository messages;
    private final MailParser parser;
    private final AiGateway ai;
    private final Requirements requirements;
    private final ResumeImport resumes;
    private final Ids ids;
    private final Clock clock;
    private final com.benchcrm.company.CompanyDirectory directory;

    /** An ingest that files no companies or contacts (requirements keep the vendor as text in their sources). */
    public InboxIngest(
            Transactions transactions,
            InboundMessageRepository messages,
            MailParser parser,
            AiGateway ai,
            Requirements requirements,
            ResumeImport resumes,
            Ids ids,
            Clock clock) {
        this(transactions, messages, parser, ai, requirements, resumes, ids, clock, null);
    }

    /**
     * @param directory files the vendor company and contact, the implementation partner and the end
     *                  client a mail names, and links each requirement to them (its chain) and each
     *                  source to the vendor company and contact
     */
    public InboxIngest(
            Transactions transactions,
            InboundMessageRepository messages,
            MailParser parser,
            AiGateway ai,
            Requirements requirements,
            ResumeImport resumes,
            Ids ids,
            Clock clock,
            com.benchcrm.company.CompanyDirectory directory) {
        this.directory = directory;
        this.transactions = transactions;
        this.messages = messages;
        this.parser = parser;
        this.ai = ai;
        this.requirements = requirements;
        this.resumes = resumes;
        this.ids = ids;
        this.clock = clock;
    }

    /** Hears of every new mail once it is parsed, before it is classified (replies to outbound mail, issue 15). */
    @FunctionalInterface
    public interface ParsedMailListener {
        void parsed(Caller caller, ParsedMail mail, java.time.Instant receivedAt);
    }

    private ParsedMailListener listener = (caller, mail, at) -> {};

    /**
     * Adds {@code listener}, told of each new (not replayed) mail after parsing; a failure in it is
     * logged and the mail is ingested all the same. Call once, while wiring.
     */
    public InboxIngest withListener(ParsedMailListener listener) {
        this.listener = listener;
        return this;
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
        try {
            listener.parsed(caller, parsed, clock.instant());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(InboxIngest.class)
                    .warn(
                            "a listener of parsed mail failed ({}); the mail is ingested all the same",
                            e.getClass().getSimpleName());
        }
        Optional<MailKind> early = MailClassifier.beforeExtraction(parsed);
        if (early.isPresent()) {
            MailKind kind = early.get();
            boolean rejected = kind == MailKind.EMPTY || kind == MailKind.UNREADABLE || kind == MailKind.TOO_LARGE;
            return record(
                    caller,
                    mail,
                    sha,
                    parsed,
                    kind,
                    rejected ? IngestOutcome.REJECTED : IngestOutcome.FILED,
                    reason(kind, parsed),
                    null,
                    List.of(),
                    List.of());
        }
        RequirementExtraction extraction = ai.extractRequirements(caller.tenant(), ExtractionInput.ofMail(parsed));
        List<UUID> consultants = new ArrayList<>();
        List<String> notes = new ArrayList<>(extraction.notes());
        List<AttachmentNote> attachmentNotes = new ArrayList<>();
        for (MailAttachment a : parsed.attachments()) {
            AttachmentNote note = new AttachmentNote(a, null, null);
            boolean resume = a.content() != null
                    && a.kind().isDocument()
                    && (RESUME_NAME
                                    .matcher(a.filename() == null ? "" : a.filename())
                                    .find()
                            || extraction.requirements().isEmpty());
            if (resume) {
                try {
                    // mail is unauthenticated: it may create a consultant, changes to one wait for a recruiter
                    ResumeImport.Result r =
                            resumes.importFromMail(caller, a.content(), a.kind(), a.filename(), mail.blobKey());
                    consultants.add(r.consultant().id());
                    note = new AttachmentNote(
                            a,
                            r.consultant().id(),
                            r.created()
                                    ? "consultant created"
                                    : r.pendingChange()
                                            .map(c -> "changes proposed for a recruiter's approval (pending change "
                                                    + c.id() + ")")
                                            .orElse("consultant already known; nothing new"));
                } catch (UnreadableDocumentException | ValidationException e) {
                    note = new AttachmentNote(a, null, "not imported as a resume: " + e.getMessage());
                    notes.add("attachment " + a.filename() + ": " + e.getMessage());
                }
            }
            attachmentNotes.add(note);
        }
        if (extraction.requirements().isEmpty()) {
            MailKind kind = MailClassifier.withoutRequirements(parsed, !consultants.isEmpty());
            return record(
                    caller,
                    mail,
                    sha,
                    parsed,
                    kind,
                    kind == MailKind.RESUME ? IngestOutcome.IMPORTED : IngestOutcome.FILED,
                    reason(kind, parsed),
                    extraction,
                    consultants,
                    attachmentNotes,
                    notes);
        }
        return record(
                caller,
                mail,
                sha,
                parsed,
                MailKind.REQUIREMENT,
                null,
                null,
                extraction,
                consultants,
                attachmentNotes,
                notes);
    }

    private record AttachmentNote(MailAttachment attachment, UUID consultantId, String note) {}

    /**
     * Records a message its SES verdicts refuse under the tenant's mail policy (spam, an
     * unauthenticated sender, a virus), without parsing or ingesting it: outcome {@code REJECTED} with
     * the reason. A virus's raw bytes are not even read: {@code mail.raw()} is empty and the record is
     * keyed by its blob key. Idempotent per message.
     */
    public IngestReport refuse(Caller caller, InboundMail mail, MailKind kind, String reason) {
        caller.require(Permission.REQUIREMENT_WRITE);
        String sha = mail.raw().length == 0 ? Hashing.sha256("unread:" + mail.blobKey()) : Hashing.sha256(mail.raw());
        Optional<IngestReport> earlier = earlier(caller, sha, null);
        if (earlier.isPresent()) {
            return earlier.get().asReplay();
        }
        UUID id = ids.next();
        try {
            return transactions.inTenant(caller.tenant(), tx -> {
                messages.insert(
                        tx,
                        new InboundMessageRepository.NewMessage(
                                id,
                                sha,
                                null,
                                mail.blobKey(),
                                mail.channel(),
                                null,
                                null,
                                null,
                                null,
                                mail.receivedAt() == null ? clock.instant() : mail.receivedAt(),
                                mail.raw().length,
                                kind,
                                List.of(),
                                caller.traceId(),
                                clock.instant()));
                IngestReport report = new IngestReport(
                        id,
                        kind,
                        IngestOutcome.REJECTED,
                        reason,
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        List.of(),
                        false);
                messages.complete(tx, id, IngestOutcome.REJECTED, reason, null, report, List.of(), List.of());
                LOG.info("inbound message {}: {} REJECTED ({})", id, kind, reason);
                return report;
            });
        } catch (DuplicateKeyException e) {
            return earlier(caller, sha, null).map(IngestReport::asReplay).orElseThrow(() -> e);
        }
    }

    private IngestReport record(
            Caller caller,
            InboundMail mail,
            String sha,
            ParsedMail parsed,
            MailKind kind,
            IngestOutcome outcome,
            String reason,
            RequirementExtraction extraction,
            List<UUID> consultants,
            List<AttachmentNote> attachments) {
        return record(
                caller,
                mail,
                sha,
                parsed,
                kind,
                outcome,
                reason,
                extraction,
                consultants,
                attachments,
                extraction == null ? List.of() : extraction.notes());
    }

    private IngestReport record(
            Caller caller,
            InboundMail mail,
            String sha,
            ParsedMail parsed,
            MailKind kind,
            IngestOutcome fixedOutcome,
            String fixedReason,
            RequirementExtraction extraction,
            List<UUID> consultants,
            List<AttachmentNote> attachments,
            List<String> notes) {
        UUID id = ids.next();
        try {
            return transactions.inTenant(caller.tenant(), tx -> {
                insertMessage(tx, caller, id, mail, sha, parsed, kind);
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
                    details.put(
                            "promptFingerprint",
                            Hashing.sha256(ExtractionInput.ofMail(parsed).allText()));
                    for (ExtractedRequirement r : extraction.requirements()) {
                        RequirementInput input = RequirementMapper.input(r);
                        try {
                            input.validate();
                        } catch (ValidationException e) {
                            allNotes.add("requirement '" + input.title() + "' not imported: " + e.getMessage());
                            continue;
                        }
                        com.benchcrm.requirement.RequirementSource source = RequirementMapper.withOffer(
                                RequirementMapper.source(
                                        r,
                                        parsed.vendor(),
                                        id,
                                        parsed.messageId(),
                                        parsed.contentSubject(),
                                        mail.receivedAt()),
                                r,
                                input);
                        RequirementInput linked = input;
                        if (directory != null) {
                            com.benchcrm.requirement.RequirementChain chain =
                                    directory.file(tx, caller, RequirementMapper.parties(r, parsed.vendor()));
                            linked = input.withChain(chain);
                            source = source.linkedTo(chain.vendorCompanyId(), chain.vendorContactId());
                        }
                        imported.add(requirements.importInto(
                                tx, caller, linked, RequirementMapper.fingerprint(r, input), source, details));
                    }
                }
                for (AttachmentNote a : attachments) {
                    insertAttachment(tx, id, a);
                }
                IngestOutcome outcome = fixedOutcome;
                String reason = fixedReason;
                if (outcome == null) {
                    long created = imported.stream()
                            .filter(ImportedRequirement::created)
                            .count();
                    outcome = imported.isEmpty()
                            ? IngestOutcome.FILED
                            : created > 0 ? IngestOutcome.IMPORTED : IngestOutcome.MERGED;
                    reason = imported.isEmpty()
                            ? "requirements were found but none could be imported"
                            : created + " requirement(s) created, " + (imported.size() - created) + " already known"
                                    + (imported.size() > 1 ? " (a list of " + imported.size() + ")" : "");
                }
                IngestReport report = new IngestReport(
                        id,
                        kind,
                        outcome,
                        reason,
                        imported,
                        consultants,
                        parsed.problems(),
                        extraction == null ? null : extraction.engine(),
                        extraction == null ? null : extraction.model(),
                        allNotes,
                        false);
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
                messages.complete(
                        tx,
                        id,
                        outcome,
                        reason,
                        extraction == null ? null : ext,
                        report,
                        imported.stream()
                                .map(ImportedRequirement::id)
                                .distinct()
                                .toList(),
                        consultants.stream().distinct().toList());
                LOG.info(
                        "inbound message {}: {} {} ({} requirements, {} consultants)",
                        id,
                        kind,
                        outcome,
                        imported.size(),
                        consultants.size());
                return report;
            });
        } catch (DuplicateKeyException e) {
            // the same message, received concurrently: the other receipt won
            return earlier(caller, sha, null).map(IngestReport::asReplay).orElseThrow(() -> e);
        }
    }

    private void insertMessage(
            Tx tx, Caller caller, UUID id, InboundMail mail, String sha, ParsedMail parsed, MailKind kind) {
        messages.insert(
                tx,
                new InboundMessageRepository.NewMessage(
                        id,
                        sha,
                        cut(parsed.messageId(), 998),
                        mail.blobKey(),
                        mail.channel(),
                        parsed.from() == null ? null : cut(parsed.from().email(), 320),
                        parsed.from() == null ? null : cut(parsed.from().name(), 300),
                        parsed.vendor() == null ? null : cut(parsed.vendor().email(), 320),
                        cut(parsed.subject(), 998),
                        mail.receivedAt() == null ? clock.instant() : mail.receivedAt(),
                        mail.raw().length,
                        kind,
                        parsed.problems(),
                        caller.traceId(),
                        clock.instant()));
    }

    private void insertAttachment(Tx tx, UUID messageId, AttachmentNote a) {
        MailAttachment m = a.attachment();
        messages.insertAttachment(
                tx,
                new InboundMessageRepository.NewAttachment(
                        ids.next(),
                        messageId,
                        cut(m.filename(), 500),
                        cut(m.mediaType(), 200),
                        m.kind().name(),
                        m.size(),
                        m.sha256(),
                        a.consultantId(),
                        cut(a.note(), 1000),
                        clock.instant()));
    }

    /** The report of an earlier receipt of the same bytes (or Message-ID). */
    private Optional<IngestReport> earlier(Caller caller, String sha, String messageId) {
        return transactions.inTenant(
                caller.tenant(),
                tx -> sha != null ? messages.reportByRawSha256(tx, sha) : messages.reportByMessageId(tx, messageId));
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
            case SPAM -> "refused: SES spam verdict FAIL";
            case UNAUTHENTICATED -> "refused: the sender is not authenticated";
            case VIRUS -> "quarantined: SES virus verdict FAIL";
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
