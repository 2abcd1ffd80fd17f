package com.benchcrm.infra.database;

import com.benchcrm.infra.config.DeploymentConfig;
import com.benchcrm.infra.platform.PlatformStack;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;
import software.constructs.Construct;

/** The database: network, Aurora with its secrets, and the migrations applied on deploy. Composes only. */
public final class DataStack extends Stack {

    private final DatabaseNetwork network;
    private final AuroraDatabase database;
    private final SchemaMigrations migrations;

    public DataStack(Construct scope, String id, StackProps props, DeploymentConfig config, PlatformStack platform,
                     Code migrationCode) {
        super(scope, id, props);
        this.network = new DatabaseNetwork(this, "Network", platform.keys().logsKey());
        this.database = new AuroraDatabase(this, "Database", config, network, platform.keys().dataKey(),
                platform.keys().logsKey());
        this.migrations = new SchemaMigrations(this, "Migrations", migrationCode, network, database,
                platform.keys().logsKey(), platform.events().asyncFailures(), config.deployment());
    }

    public AuroraDatabase database() {
        return database;
    }

    public SchemaMigrations migrations() {
        return migrations;
    }

    public DatabaseNetwork network() {
        return network;
    }
}
