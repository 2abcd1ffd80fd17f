package com.benchcrm.ingest;

import com.benchcrm.common.Location;
import com.benchcrm.common.SkillNames;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.documents.DocumentText;
import com.benchcrm.documents.DocumentTooLargeException;
import com.benchcrm.documents.UnreadableDocumentException;
import com.benchcrm.extraction.AiGateway;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.PositionYears;
import com.benchcrm.extraction.ResumeExtraction;
import com.benchcrm.extraction.Sourced;
import com.benchcrm.lifecycle.Created;
import com.benchcrm.mail.AttachmentKind;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * A resume (plain text, PDF or DOCX) becomes a consultant: created, or, when a consultant with the
 * resume's e-mail address exists, updated with what the resume adds (skills it did not list, and
 * title, location, years, work authorization where the profile has none). What a recruiter typed
 * is never overwritten by a parser. Every readable resume becomes a consultant: one that states no
 * name gets one from its e-mail address, its file name or its hash, and one whose fields could not
 * be extracted is kept with its text as the summary; both are marked for review ({@code reviewReasons}).
 *
 * <pre>{@code
 * ResumeImport.Result r = resumes.importResume(caller, pdfBytes, AttachmentKind.PDF, "cv.pdf");
 * }</pre>
 */
public final class ResumeImport {

    /**
     * @param created       a new consultant (false: an existing one was updated, or left as it was)
     * @param pendingChange for a resume from mail naming an existing consultant: the change proposed
     *                      for a recruiter's approval (empty when it adds nothing, or it was applied)
     */
    public record Result(
            Consultant consultant,
            boolean created,
            ResumeExtraction extraction,
            Optional<com.benchcrm.consultant.PendingChange> pendingChange) {

        public Result(Consultant consultant, boolean created, ResumeExtraction extraction) {
            this(consultant, created, extraction, Optional.empty());
        }
    }

    private final Consultants consultants;
    private final DocumentText documents;
    private final AiGateway ai;
    private final com.benchcrm.consultant.document.ConsultantDocuments storage;
    private final com.benchcrm.consultant.ConsultantChanges changes;
    private final Clock clock;

    /** An import that keeps no copy of the resume. */
    public ResumeImport(Consultants consultants, DocumentText documents, AiGateway ai) {
        this(consultants, documents, ai, null);
    }

    /** @param storage keeps each imported resume as the consultant's document (downloadable) */
    public ResumeImport(
            Consultants consultants,
            DocumentText documents,
            AiGateway ai,
            com.benchcrm.consultant.document.ConsultantDocuments storage) {
        this(consultants, documents, ai, storage, null);
    }

    /**
     * @param storage keeps each imported resume as the consultant's document (null: no copy is kept)
     * @param changes where a resume from mail proposes changes to an existing consultant (null: such a resume changes nothing)
     */
    public ResumeImport(
            Consultants consultants,
            DocumentText documents,
            AiGateway ai,
            com.benchcrm.consultant.document.ConsultantDocuments storage,
            com.benchcrm.consultant.ConsultantChanges changes) {
        this(consultants, documents, ai, storage, changes, Clock.systemUTC());
    }

    /** @param clock what "Present" in a position's dates is (a resume's years counted from its positions) */
    public ResumeImport(
            Consultants consultants,
            DocumentText documents,
            AiGateway ai,
            com.benchcrm.consultant.document.ConsultantDocuments storage,
            com.benchcrm.consultant.ConsultantChanges changes,
            Clock clock) {
        this.clock = clock;
        this.consultants = consultants;
        this.documents = documents;
        this.ai = ai;
        this.storage = storage;
        this.changes = changes;
    }

    /** A resume sent to the import route: kept as an {@code IMPORT} document. */
    public Result importResume(Caller caller, byte[] bytes, AttachmentKind kind, String filename) {
        return importAndKeep(caller, bytes, kind, filename, "IMPORT", null);
    }

    /**
     * A resume attached to inbound mail (unauthenticated: anyone can send one naming any e-mail
     * address): it may create a consultant, but what it would change on an existing one becomes a
     * {@link com.benchcrm.consultant.PendingChange} that a recruiter approves or rejects (ADR 0056).
     * With storage, the file is kept as a {@code MAIL} document of the consultant it names.
     *
     * @param sourceRef the inbound message's blob key
     */
    public Result importFromMail(Caller caller, byte[] bytes, AttachmentKind kind, String filename, String sourceRef) {
        return importAndKeep(caller, bytes, kind, filename, "MAIL", sourceRef);
    }

    /** Imports the resume and, with storage, keeps its bytes as the consultant's document ({@code IMPORT} or {@code MAIL}). */
    private Result importAndKeep(
            Caller caller, byte[] bytes, AttachmentKind kind, String filename, String source, String sourceRef) {
        Result r = read(caller, bytes, kind, filename, "MAIL".equals(source), sourceRef);
        if (storage != null) {
            AttachmentKind k = kind == null || kind == AttachmentKind.OTHER ? DocumentText.sniff(bytes) : kind;
            storage.store(caller, r.consultant().id(), bytes, mediaType(k), filename, source, null);
        }
        return r;
    }

    static String mediaType(AttachmentKind k) {
        return switch (k) {
            case PDF -> "application/pdf";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case TEXT -> "text/plain; charset=utf-8";
            case RTF -> "application/rtf";
            case DOC -> "application/msword";
            default -> "application/octet-stream";
        };
    }

    /**
     * @param kind     the document's kind, or null to tell from its bytes
     * @param filename the file's name as sent (a name for a resume that states none), or null
     * @param fromMail unauthenticated: an existing consultant is not changed, a change is proposed
     * @throws UnreadableDocumentException when no text can be read from the document
     * @throws DocumentTooLargeException   when the document is over a reading limit
     */
    private Result read(
            Caller caller, byte[] bytes, AttachmentKind kind, String filename, boolean fromMail, String sourceRef) {
        caller.require(Permission.CONSULTANT_WRITE);
        AttachmentKind k = kind == null || kind == AttachmentKind.OTHER ? DocumentText.sniff(bytes) : kind;
        String text = k == AttachmentKind.TEXT ? new String(bytes, StandardCharsets.UTF_8) : documents.text(bytes, k);
        if (text.isBlank()) {
            throw new UnreadableDocumentException(
                    "the " + k.name().toLowerCase() + " document has no text (an image-only scan?)");
        }
        if (text.length() > DocumentText.MAX_TEXT_CHARS) {
            throw new DocumentTooLargeException(
                    "the resume's text is over " + DocumentText.MAX_TEXT_CHARS + " characters");
        }
        List<String> reasons = new ArrayList<>();
        ResumeExtraction cv;
        try {
            cv = ai.extractResume(caller.tenant(), text);
        } catch (RuntimeException e) {
            // A parser's bug must not cost the recruiter the resume: keep it, with nothing extracted, for a person to
            // read.
            cv = new ResumeExtraction(
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    Sourced.of(text, null),
                    "none",
                    null,
                    null,
                    null,
                    List.of("extraction failed: " + e.getClass().getSimpleName()));
            reasons.add("the resume's fields could not be extracted ("
                    + e.getClass().getSimpleName() + "); fill them in by hand");
        }
        cv = withCountedYears(cv, text, LocalDate.now(clock));
        String email = value(cv.email());
        Optional<UUID> existing = email == null ? Optional.empty() : consultants.findIdByEmail(caller, email);
        if (existing.isPresent() && fromMail) {
            Consultant current = consultants.get(caller, existing.get());
            ConsultantInput now = ConsultantInput.of(current);
            Optional<com.benchcrm.consultant.PendingChange> proposed = changes == null
                    ? Optional.empty()
                    : changes.propose(caller, current.id(), current.version(), now, merge(now, cv), "EMAIL", sourceRef);
            return new Result(current, false, cv, proposed);
        }
        if (existing.isPresent()) {
            ResumeExtraction read = cv;
            Consultant updated =
                    consultants.patch(caller, existing.get(), current -> merge(current, read), OptionalLong.empty());
            return new Result(updated, false, cv);
        }
        String name = cut(displayName(value(cv.fullName())), 200);
        if (name == null) {
            name = fallbackName(validEmail(email), filename, bytes);
            reasons.add("the resume states no name; \"" + name + "\" was made up from "
                    + (validEmail(email) != null
                            ? "the e-mail address"
                            : filename != null && nameFromFile(filename) != null ? "the file name" : "nothing")
                    + ": correct it");
        }
        ConsultantInput input = new ConsultantInput(
                null,
                name,
                validEmail(email),
                cut(value(cv.phone()), 40),
                cut(cv.titles().isEmpty() ? null : cv.titles().get(0).value(), 200),
                cut(value(cv.summary()), 20_000),
                location(cv),
                value(cv.workAuthorization()),
                years(value(cv.yearsExperience())),
                skills(List.of(), cv),
                null,
                null,
                null,
                null,
                reasons.stream().map(r -> cut(r, 200)).toList());
        Created<Consultant> created = consultants.create(caller, input, Optional.empty());
        return new Result(created.value(), true, cv);
    }

    /**
     * The extraction with total years counted from the resume's dated positions when it states none (ADR 0121),
     * noted as such; unchanged when a total is stated or no position is dated.
     */
    public static ResumeExtraction withCountedYears(ResumeExtraction cv, String text, LocalDate today) {
        if (cv.yearsExperience() != null) {
            return cv;
        }
        Optional<PositionYears.Counted> counted = PositionYears.of(text, today);
        if (counted.isEmpty()) {
            return cv;
        }
        PositionYears.Counted c = counted.get();
        List<String> notes = new ArrayList<>(cv.notes());
        notes.add("no total years stated: " + c.years().toPlainString() + " counted from " + c.positions()
                + (c.positions() == 1 ? " dated position" : " dated positions (overlaps once)"));
        return new ResumeExtraction(
                cv.fullName(),
                cv.email(),
                cv.phone(),
                cv.titles(),
                cv.skills(),
                Sourced.of(c.years(), c.source()),
                cv.location(),
                cv.workAuthorization(),
                cv.summary(),
                cv.engine(),
                cv.model(),
                cv.taxonomyVersion(),
                cv.usage(),
                notes);
    }

    static ConsultantInput merge(ConsultantInput current, ResumeExtraction cv) {
        return new ConsultantInput(
                current.externalId(),
                current.fullName(),
                current.email() != null ? current.email() : validEmail(value(cv.email())),
                current.phone() != null ? current.phone() : cut(value(cv.phone()), 40),
                current.title() != null
                        ? current.title()
                        : cut(cv.titles().isEmpty() ? null : cv.titles().get(0).value(), 200),
                current.summary() != null ? current.summary() : cut(value(cv.summary()), 20_000),
                current.location() != null ? current.location() : location(cv),
                current.workAuthorization() != null ? current.workAuthorization() : value(cv.workAuthorization()),
                current.yearsExperience() != null ? current.yearsExperience() : years(value(cv.yearsExperience())),
                skills(current.skills(), cv),
                current.availability(),
                current.rate(),
                current.workAuthorizationValidity(),
                current.onBenchSince(),
                current.reviewReasons());
    }

    private static List<ConsultantSkill> skills(List<ConsultantSkill> current, ResumeExtraction cv) {
        List<ConsultantSkill> out = new ArrayList<>(current);
        Set<String> keys = new LinkedHashSet<>();
        current.forEach(s -> keys.add(SkillNames.key(s.name())));
        for (ExtractedSkill s : cv.skills()) {
            if (out.size() >= ConsultantInput.MAX_SKILLS) {
                break;
            }
            String name = cut(s.name(), 100);
            if (name != null && !name.isBlank() && keys.add(SkillNames.key(name))) {
                out.add(new ConsultantSkill(name, years(s.years()), null));
            }
        }
        return out;
    }

    private static Location location(ResumeExtraction cv) {
        if (cv.location() == null) {
            return null;
        }
        String country = cv.location().country();
        return new Location(
                cut(cv.location().city(), 100),
                cut(cv.location().state(), 100),
                country != null && country.matches("[A-Z]{2}") ? country : null);
    }

    /**
     * A name for a resume that states none: the e-mail address's local part, else the file's name
     * ({@code jane_doe-resume.pdf} -> {@code Jane Doe}), else {@code Unnamed consultant (<ref>)}, the
     * ref being the first 8 hex digits of the document's SHA-256 (the same file gets the same ref).
     */
    static String fallbackName(String email, String filename, byte[] bytes) {
        if (email != null && email.contains("@")) {
            return email.substring(0, email.indexOf('@'));
        }
        String fromFile = filename == null ? null : nameFromFile(filename);
        if (fromFile != null) {
            return fromFile;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return "Unnamed consultant (" + java.util.HexFormat.of().formatHex(digest, 0, 4) + ")";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A name a resume writes in capitals ("TAYLOR SAMPLE", "MARY-JANE O'NEIL") as a recruiter writes it to a vendor
     * ("Taylor Sample", "Mary-Jane O'Neil"); any other name, or null, as it is.
     */
    static String displayName(String name) {
        if (name == null
                || !name.equals(name.toUpperCase(java.util.Locale.ROOT))
                || name.chars().filter(Character::isLetter).count() < 4) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            // a word starts after a space, a hyphen or an apostrophe followed by a letter ("O'Neil", not "Dont")
            start = !Character.isLetter(c)
                    && (c != '\'' || (i + 2 < name.length() && Character.isLetter(name.charAt(i + 2))));
        }
        return out.toString();
    }

    /** {@code jane_doe-resume (2).pdf} -> {@code Jane Doe}; null when nothing name-like is left. */
    static String nameFromFile(String filename) {
        String base = filename.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String words = base.replaceAll("[_\\-.+]+", " ")
                .replaceAll(
                        "(?i)\\b(resume|résumé|cv|curriculum vitae|profile|updated|final|new|copy|latest|v\\d+)\\b",
                        " ")
                .replaceAll("\\(\\d+\\)|\\d+", " ")
                .replaceAll("[^\\p{L}' ]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (words.isEmpty() || words.length() > 100) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            out.append(out.isEmpty() ? "" : " ")
                    .append(Character.toUpperCase(w.charAt(0)))
                    .append(w.substring(1));
        }
        return out.toString();
    }

    private static String validEmail(String email) {
        return email != null && email.length() <= 254 && email.matches("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$")
                ? email
                : null;
    }

    private static BigDecimal years(BigDecimal y) {
        if (y == null || y.signum() < 0 || y.compareTo(BigDecimal.valueOf(70)) > 0) {
            return null;
        }
        return y.setScale(Math.min(1, Math.max(0, y.stripTrailingZeros().scale())), RoundingMode.HALF_UP);
    }

    private static <T> T value(Sourced<T> s) {
        return s == null ? null : s.value();
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return null;
        }
        String c = s.replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]", " ").strip();
        return c.isEmpty() ? null : c.length() <= max ? c : c.substring(0, max);
    }
}
