package com.benchcrm.ingest;

import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.ConsultantSkill;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.common.Location;
import com.benchcrm.common.SkillNames;
import com.benchcrm.documents.DocumentText;
import com.benchcrm.documents.UnreadableDocumentException;
import com.benchcrm.extraction.AiGateway;
import com.benchcrm.extraction.ExtractedSkill;
import com.benchcrm.extraction.ResumeExtraction;
import com.benchcrm.extraction.Sourced;
import com.benchcrm.lifecycle.Created;
import com.benchcrm.mail.AttachmentKind;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
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
 * is never overwritten by a parser.
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
    public record Result(Consultant consultant, boolean created, ResumeExtraction extraction,
                         Optional<com.benchcrm.consultant.PendingChange> pendingChange) {

        public Result(Consultant consultant, boolean created, ResumeExtraction extraction) {
            this(consultant, created, extraction, Optional.empty());
        }
    }

    private final Consultants consultants;
    private final DocumentText documents;
    private final AiGateway ai;
    private final com.benchcrm.consultant.ConsultantChanges changes;

    public ResumeImport(Consultants consultants, DocumentText documents, AiGateway ai) {
        this(consultants, documents, ai, null);
    }

    /** @param changes where a resume from mail proposes changes to an existing consultant (null: such a resume changes nothing) */
    public ResumeImport(Consultants consultants, DocumentText documents, AiGateway ai, com.benchcrm.consultant.ConsultantChanges changes) {
        this.consultants = consultants;
        this.documents = documents;
        this.ai = ai;
        this.changes = changes;
    }

    /**
     * A resume attached to inbound mail (unauthenticated: anyone can send one naming any e-mail
     * address): it may create a consultant, but what it would change on an existing one becomes a
     * {@link com.benchcrm.consultant.PendingChange} that a recruiter approves or rejects (ADR 0056).
     *
     * @param sourceRef the inbound message's blob key
     */
    public Result importFromMail(Caller caller, byte[] bytes, AttachmentKind kind, String filename, String sourceRef) {
        return importResume(caller, bytes, kind, filename, true, sourceRef);
    }

    /**
     * @param kind the document's kind, or null to tell from its bytes
     * @throws UnreadableDocumentException when no text can be read, or the resume names nobody
     */
    public Result importResume(Caller caller, byte[] bytes, AttachmentKind kind, String filename) {
        return importResume(caller, bytes, kind, filename, false, null);
    }

    private Result importResume(Caller caller, byte[] bytes, AttachmentKind kind, String filename, boolean fromMail, String sourceRef) {
        caller.require(Permission.CONSULTANT_WRITE);
        AttachmentKind k = kind == null || kind == AttachmentKind.OTHER ? DocumentText.sniff(bytes) : kind;
        String text = k == AttachmentKind.TEXT ? new String(bytes, StandardCharsets.UTF_8) : documents.text(bytes, k);
        if (text.isBlank()) {
            throw new UnreadableDocumentException("the " + k.name().toLowerCase() + " document has no text (an image-only scan?)");
        }
        ResumeExtraction cv = ai.extractResume(caller.tenant(), text);
        String email = value(cv.email());
        Optional<UUID> existing = consultants.findIdByEmail(caller, email);
        if (existing.isPresent() && fromMail) {
            Consultant current = consultants.get(caller, existing.get());
            ConsultantInput now = ConsultantInput.of(current);
            Optional<com.benchcrm.consultant.PendingChange> proposed = changes == null ? Optional.empty()
                    : changes.propose(caller, current.id(), current.version(), now, merge(now, cv), "EMAIL", sourceRef);
            return new Result(current, false, cv, proposed);
        }
        if (existing.isPresent()) {
            Consultant updated = consultants.patch(caller, existing.get(), current -> merge(current, cv), OptionalLong.empty());
            return new Result(updated, false, cv);
        }
        String name = value(cv.fullName());
        if (name == null || name.isBlank()) {
            name = fallbackName(email, filename);
        }
        if (name == null) {
            throw new UnreadableDocumentException("the resume states no name and no e-mail address: nobody to create");
        }
        ConsultantInput input = new ConsultantInput(null, cut(name, 200), validEmail(email), cut(value(cv.phone()), 40),
                cut(cv.titles().isEmpty() ? null : cv.titles().get(0).value(), 200), cut(value(cv.summary()), 20_000), location(cv),
                value(cv.workAuthorization()), years(value(cv.yearsExperience())), skills(List.of(), cv), null, null);
        Created<Consultant> created = consultants.create(caller, input, Optional.empty());
        return new Result(created.value(), true, cv);
    }

    static ConsultantInput merge(ConsultantInput current, ResumeExtraction cv) {
        return new ConsultantInput(current.externalId(), current.fullName(),
                current.email() != null ? current.email() : validEmail(value(cv.email())),
                current.phone() != null ? current.phone() : cut(value(cv.phone()), 40),
                current.title() != null ? current.title() : cut(cv.titles().isEmpty() ? null : cv.titles().get(0).value(), 200),
                current.summary() != null ? current.summary() : cut(value(cv.summary()), 20_000),
                current.location() != null ? current.location() : location(cv),
                current.workAuthorization() != null ? current.workAuthorization() : value(cv.workAuthorization()),
                current.yearsExperience() != null ? current.yearsExperience() : years(value(cv.yearsExperience())),
                skills(current.skills(), cv), current.availability(), current.rate());
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
        return new Location(cut(cv.location().city(), 100), cut(cv.location().state(), 100),
                country != null && country.matches("[A-Z]{2}") ? country : null);
    }

    private static String fallbackName(String email, String filename) {
        if (email != null && email.contains("@")) {
            return email.substring(0, email.indexOf('@'));
        }
        return null;
    }

    private static String validEmail(String email) {
        return email != null && email.length() <= 254 && email.matches("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$") ? email : null;
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
