/**
 * The AWS adapter of the embedding port: Amazon Bedrock Titan Text Embeddings v2 through the Bedrock
 * Runtime InvokeModel API (one text per call), called concurrently, with retries and backoff.
 */
package com.benchcrm.embedding.bedrock;
