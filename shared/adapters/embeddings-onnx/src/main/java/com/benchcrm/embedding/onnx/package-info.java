/**
 * The embedded default of the embedding port: all-MiniLM-L6-v2 (quantized ONNX, 384 dimensions) run
 * in-process by ONNX Runtime, tokenized by the Hugging Face tokenizer (DJL bindings). The model file
 * comes from a Maven jar; nothing is downloaded at run time.
 */
@NullMarked
package com.benchcrm.embedding.onnx;

import org.jspecify.annotations.NullMarked;
