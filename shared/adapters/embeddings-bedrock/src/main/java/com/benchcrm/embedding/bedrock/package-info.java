/**
 * The AWS adapter of the embedding port: Amazon Bedrock Titan Text Embeddings v2 through the Bedrock
 * Runtime InvokeModel API (one text per call), called concurrently, with retries and backoff.
 */
@NullMarked
package com.benchcrm.embedding.bedrock;

import org.jspecify.annotations.NullMarked;
