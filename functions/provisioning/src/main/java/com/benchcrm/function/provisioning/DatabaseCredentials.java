package com.benchcrm.function.provisioning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * A user name and password read from a Secrets Manager secret in the RDS JSON shape
 * ({@code {"username": ..., "password": ..., "host": ..., ...}}); other fields are ignored.
 */
public record DatabaseCredentials(String username, String password) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public DatabaseCredentials {
        if (username == null || username.isBlank()) {
            throw new SecretUnavailableException("the secret has no username");
        }
        if (password == null) {
            throw new SecretUnavailableException("the secret has no password");
        }
    }

    /** Parses a secret string; the message of a failure never contains the secret. */
    public static DatabaseCredentials parse(String secretString) {
        try {
            JsonNode node = JSON.readTree(secretString);
            if (node == null || !node.isObject()) {
                throw new SecretUnavailableException("the secret is not a JSON object");
            }
            return new DatabaseCredentials(text(node, "username"), text(node, "password"));
        } catch (IOException e) {
            throw new SecretUnavailableException("the secret is not valid JSON");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[username=" + username + "]";
    }
}
