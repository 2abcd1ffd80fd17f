package com.benchcrm.mail.mime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The anonymous mail fixtures of this module, and the development corpus beside the checkout when present. */
final class Fixtures {

    private Fixtures() {}

    static byte[] mail(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/mail/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ../shared/data/<relative>} next to the checkout, or null when it is not there. */
    static Path sharedData(String relative) {
        Path root = Path.of(System.getProperty("benchcrm.repo.root", "../../.."));
        Path p = root.resolve("../shared/data").resolve(relative).normalize();
        return Files.exists(p) ? p : null;
    }
}
