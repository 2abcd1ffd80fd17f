package com.benchcrm.infra.console;

import com.benchcrm.infra.api.ApiStack;
import com.benchcrm.infra.config.DeploymentConfig;
import com.benchcrm.infra.identity.IdentityStack;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * The console: {@link ConsoleHosting} in front of the built console and the HTTP API. Composes only.
 * Its {@code console-config.json} points the console at the Cognito user pool of the
 * {@link IdentityStack}:
 * {@code {"authority": <pool issuer>, "clientId": <app client>, "scope": "openid profile email",
 * "ingestDomain": <ingest domain>, "endSessionEndpoint": <hosted sign-in>/logout}}.
 */
public final class ConsoleStack extends Stack {

    private final ConsoleHosting hosting;

    public ConsoleStack(
            Construct scope,
            String id,
            StackProps props,
            DeploymentConfig config,
            IdentityStack identity,
            ApiStack api,
            ConsoleArtifacts artifacts) {
        super(scope, id, props);
        Map<String, Object> consoleConfig = new LinkedHashMap<>();
        consoleConfig.put("authority", identity.issuer());
        consoleConfig.put("clientId", identity.clientId());
        consoleConfig.put("scope", "openid profile email");
        consoleConfig.put("ingestDomain", config.ingestDomain());
        // Cognito's discovery document has no end_session_endpoint; its logout takes client_id and logout_uri
        consoleConfig.put("endSessionEndpoint", identity.users().domainUrl() + "/logout");
        this.hosting = new ConsoleHosting(
                this,
                "Hosting",
                new ConsoleHosting.Props(
                        artifacts.webDist(),
                        api.edge().url(),
                        identity.issuer(),
                        identity.users().domainUrl(),
                        consoleConfig));
        CfnOutput.Builder.create(this, "ConsoleUrl")
                .value(hosting.url())
                .description("BenchCRM console (and /v1)")
                .build();
    }

    public ConsoleHosting hosting() {
        return hosting;
    }
}
