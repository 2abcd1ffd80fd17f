package com.benchcrm.extraction.rules;

import com.benchcrm.extraction.ExtractionInput;
import com.benchcrm.mail.ParsedMail;
import com.benchcrm.mail.mime.MimeMailParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The anonymous sample mails (events/email-ingest/mail) and the development data beside the checkout. */
public final class Mails {

    private static final MimeMailParser PARSER = new MimeMailParser();

    private Mails() {}

    public static byte[] raw(String name) {
        try (InputStream in = Mails.class.getResourceAsStream("/mail/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample mail " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ParsedMail parse(String name) {
        return PARSER.parse(raw(name));
    }

    public static ExtractionInput input(String name) {
        return ExtractionInput.ofMail(parse(name));
    }

    /** {@code ../shared/data/<relative>} beside the checkout, or null when absent. */
    public static Path sharedData(String relative) {
        Path root = Path.of(System.getProperty("benchcrm.repo.root", "../../.."));
        Path p = root.resolve("../shared/data").resolve(relative).normalize();
        return Files.exists(p) ? p : null;
    }
}
