/**
 * The {@link com.benchcrm.extraction.AiGateway} adapter on Amazon Bedrock (Converse API, tool-use
 * JSON output): {@link com.benchcrm.ai.bedrock.BedrockAiGateway}.
 */
@NullMarked
package com.benchcrm.ai.bedrock;

import org.jspecify.annotations.NullMarked;
