/**
 * The database step of a deployment, as a CloudFormation custom-resource handler: it bootstraps
 * the roles, applies the Flyway migrations ({@code Custom::BenchCrmSchema}) and keeps one row per
 * tenant of the tenants file ({@code Custom::BenchCrmTenant}) and one subscription per partner
 * webhook the file declares ({@code Custom::BenchCrmTenantWebhook}, {@link com.benchcrm.function.provisioning.DeclaredWebhooks}).
 * It runs inside the VPC, reaches
 * Aurora over JDBC, reads credentials through the {@link com.benchcrm.function.provisioning.Secrets} port and
 * answers CloudFormation by a PUT to the request's pre-signed URL.
 *
 * <p>A second entry point in the same artifact, {@link com.benchcrm.function.provisioning.TenantIndexHandler}, creates
 * each tenant's k-NN index in the vector collection ({@code Custom::BenchCrmTenantVectorIndex}); it
 * runs outside the VPC and touches no database.
 *
 * <p>Entry point: {@link com.benchcrm.function.provisioning.DatabaseHandler}. The CDK app (infra-cdk,
 * {@code database.SchemaMigrations}) deploys it and points both custom-resource types at its
 * {@code live} alias.
 */
@NullMarked
package com.benchcrm.function.provisioning;

import org.jspecify.annotations.NullMarked;
