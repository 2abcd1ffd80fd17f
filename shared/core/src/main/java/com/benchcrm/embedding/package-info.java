/**
 * The embedding port: text in, a fixed-length vector out, with the model that made it.
 *
 * <p>{@link com.benchcrm.embedding.EmbeddingModel} is implemented by an embedded ONNX model
 * ({@code shared/adapters/embeddings-onnx}, the default) and by Amazon Bedrock Titan Text Embeddings v2
 * ({@code shared/adapters/embeddings-bedrock}). Every {@link com.benchcrm.embedding.Embedding} carries its
 * {@link com.benchcrm.embedding.ModelInfo} (id, version, dimensions), and that is stored beside the
 * vector: vectors of different models are never compared. Texts longer than a model's window are
 * split into chunks and mean-pooled ({@link com.benchcrm.embedding.Vectors#meanPool}), never
 * silently truncated.
 */
@NullMarked
package com.benchcrm.embedding;

import org.jspecify.annotations.NullMarked;
