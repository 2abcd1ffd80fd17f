/**
 * The data stack: the VPC that holds Aurora ({@link com.benchcrm.infra.database.DatabaseNetwork}),
 * the Aurora PostgreSQL Serverless v2 cluster with the Data API and its three secrets
 * ({@link com.benchcrm.infra.database.AuroraDatabase}), and the migrations applied on every deploy
 * ({@link com.benchcrm.infra.database.SchemaMigrations}, the {@code functions/provisioning} function
 * behind CloudFormation custom resources).
 */
@NullMarked
package com.benchcrm.infra.database;

import org.jspecify.annotations.NullMarked;
