/**
 * The AWS adapter of the vector index port: OpenSearch k-NN through opensearch-java, SigV4-signed by
 * {@code AwsSdk2Transport} for Amazon OpenSearch Service ({@code es}) or Serverless ({@code aoss}),
 * plain HTTP for a self-managed or local node.
 */
@NullMarked
package com.benchcrm.vector.opensearch;

import org.jspecify.annotations.NullMarked;
