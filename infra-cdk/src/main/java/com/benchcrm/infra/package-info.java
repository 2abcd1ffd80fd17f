/**
 * The BenchCRM CDK app. {@link com.benchcrm.infra.BenchCrmApp} is the entry point (reads the tenants
 * file, locates the function artifacts, synthesizes, prints the cdk-nag summary);
 * {@link com.benchcrm.infra.BenchCrm#compose} builds the four stacks, and is what the tests call.
 *
 * <table>
 *   <caption>Stacks (dependency order)</caption>
 *   <tr><td>{@code <deployment>-platform}</td><td>keys, event bus + archive, queues, raw-mail bucket, SES rule set, vector collection</td></tr>
 *   <tr><td>{@code <deployment>-data}</td><td>VPC, Aurora Serverless v2 + Data API, secrets and rotation, migrations on deploy</td></tr>
 *   <tr><td>{@code <deployment>-api}</td><td>HTTP API function, API Gateway HTTP API with the JWT authorizer</td></tr>
 *   <tr><td>{@code <deployment>-tenants}</td><td>per tenant: key, receipt rule, tenant row</td></tr>
 * </table>
 */
@NullMarked
package com.benchcrm.infra;

import org.jspecify.annotations.NullMarked;
