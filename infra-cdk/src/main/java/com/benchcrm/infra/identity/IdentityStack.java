package com.benchcrm.infra.identity;

import com.benchcrm.infra.config.DeploymentConfig;
import com.benchcrm.infra.platform.PlatformStack;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;
import software.constructs.Construct;

/**
 * The console's sign-in: one {@link ConsoleUserPool}. Composes only. Deployed before the API stack,
 * whose JWT authorizer and function trust the pool ({@link #issuer()}, {@link #clientId()}).
 */
public final class IdentityStack extends Stack {

    private final ConsoleUserPool users;

    public IdentityStack(
            Construct scope,
            String id,
            StackProps props,
            DeploymentConfig config,
            PlatformStack platform,
            Code preTokenCode) {
        super(scope, id, props);
        this.users = new ConsoleUserPool(
                this,
                "Users",
                new ConsoleUserPool.Props(
                        config.deployment(),
                        config.console(),
                        config.tenants(),
                        preTokenCode,
                        platform.keys().logsKey(),
                        config.protect()));
        CfnOutput.Builder.create(this, "UserPoolId")
                .value(users.pool().getUserPoolId())
                .description("Console user pool")
                .build();
        CfnOutput.Builder.create(this, "ConsoleClientId")
                .value(users.client().getUserPoolClientId())
                .description("The console's app client (public, code + PKCE)")
                .build();
        CfnOutput.Builder.create(this, "SignInDomain")
                .value(users.domainUrl())
                .description("Hosted sign-in")
                .build();
    }

    public ConsoleUserPool users() {
        return users;
    }

    public String issuer() {
        return users.issuer();
    }

    public String clientId() {
        return users.client().getUserPoolClientId();
    }
}
