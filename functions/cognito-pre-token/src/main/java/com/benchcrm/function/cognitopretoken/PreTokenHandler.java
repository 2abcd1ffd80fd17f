package com.benchcrm.function.cognitopretoken;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Lambda entry point: Cognito's pre-token-generation event (version 2, which may change access
 * tokens) in, the same event with the claims to add out. Handler:
 * {@code com.benchcrm.function.cognitopretoken.PreTokenHandler::handleRequest}; environment
 * {@code BENCHCRM_SSO_PARAMETER_PREFIX} ({@code /benchcrm/<deployment>/sso/}).
 *
 * <p>A stream handler rather than the typed {@code CognitoUserPoolPreTokenGenerationEventV2}: that
 * class types the claims as strings, and {@code roles} is a list (version 2 allows lists in access
 * tokens). Throwing fails the sign-in: Cognito issues no token.
 */
public final class PreTokenHandler implements RequestStreamHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TenantOfProvider providers;

    /** Lambda's constructor: the SSM client is built once per container. */
    public PreTokenHandler() {
        this(SsmTenantOfProvider.fromEnvironment(
                System.getenv().getOrDefault("BENCHCRM_SSO_PARAMETER_PREFIX", "/benchcrm/sso/")));
    }

    public PreTokenHandler(TenantOfProvider providers) {
        this.providers = providers;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        ObjectNode event = (ObjectNode) JSON.readTree(input);
        JSON.writeValue(output, handle(event));
    }

    /** Adds {@code response.claimsAndScopeOverrideDetails} to the event. */
    ObjectNode handle(ObjectNode event) {
        JsonNode request = event.path("request");
        Map<String, String> attributes = new LinkedHashMap<>();
        request.path("userAttributes")
                .fields()
                .forEachRemaining(e -> attributes.put(e.getKey(), e.getValue().asText()));
        List<String> groups = new ArrayList<>();
        request.path("groupConfiguration").path("groupsToOverride").forEach(g -> groups.add(g.asText()));
        Map<String, Object> claims = TokenClaims.of(attributes, groups, providers);
        Map<String, Object> idClaims = new LinkedHashMap<>(claims);
        idClaims.remove("email"); // the ID token carries it already
        ObjectNode details = JSON.createObjectNode();
        details.putObject("accessTokenGeneration").set("claimsToAddOrOverride", JSON.valueToTree(claims));
        details.putObject("idTokenGeneration").set("claimsToAddOrOverride", JSON.valueToTree(idClaims));
        ObjectNode response = event.has("response") && event.get("response").isObject()
                ? (ObjectNode) event.get("response")
                : event.putObject("response");
        response.set("claimsAndScopeOverrideDetails", details);
        return event;
    }
}
