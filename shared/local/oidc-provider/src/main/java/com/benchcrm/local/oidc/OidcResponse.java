package com.benchcrm.local.oidc;

import java.util.Map;

/** The provider's answer: a status, headers (lower-case names) and a body (empty for none). */
public record OidcResponse(int status, Map<String, String> headers, byte[] body) {

    public OidcResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }
}
