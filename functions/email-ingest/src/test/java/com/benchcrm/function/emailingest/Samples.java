package com.benchcrm.function.emailingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample events and mails of events/email-ingest, with the changes a test case needs. */
final class Samples {

    static final ObjectMapper JSON = new ObjectMapper();

    private Samples() {
    }

    static byte[] mail(String name) {
        return resource("events/email-ingest/mail/" + name);
    }

    static ObjectNode event(String name) {
        try {
            return (ObjectNode) JSON.readTree(resource("events/email-ingest/" + name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SES sample addressed to {@code slug} with SES message id {@code id}. */
    static ObjectNode ses(String slug, String id) {
        return ses("ses-receipt-lambda", slug, id);
    }

    /** The SES sample {@code name} addressed to {@code slug} with SES message id {@code id}. */
    static ObjectNode ses(String name, String slug, String id) {
        ObjectNode e = event(name);
        ObjectNode ses = (ObjectNode) e.path("Records").get(0).path("ses");
        ((ObjectNode) ses.path("mail")).put("messageId", id);
        ArrayNode recipients = ((ObjectNode) ses.path("receipt")).putArray("recipients");
        recipients.add(slug + "@ingest.example.com");
        ((ObjectNode) ses.path("mail")).putArray("destination").add(slug + "@ingest.example.com");
        return e;
    }

    /** The S3 sample for key {@code raw/<slug>/<id>}. */
    static ObjectNode s3(String key) {
        ObjectNode e = event("s3-object-created");
        ((ObjectNode) e.path("Records").get(0).path("s3").path("object")).put("key", key);
        return e;
    }

    static byte[] bytes(ObjectNode event) {
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String path) {
        try (InputStream in = Samples.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
