package com.benchcrm.function.emailingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailIngestConfigTest {

    @Test
    void awsDefaults_s3RulesAndTheSqsQueue() {
        EmailIngestConfig c = EmailIngestConfig.from(Map.of(
                "BENCHCRM_DB_RESOURCE_ARN",
                "arn:db",
                "BENCHCRM_DB_SECRET_ARN",
                "arn:secret",
                "BENCHCRM_DB_NAME",
                "benchcrm",
                "BENCHCRM_INGEST_DOMAIN",
                "ingest.example.com",
                "BENCHCRM_RAW_BUCKET",
                "raw",
                "BENCHCRM_DLQ_URL",
                "https://sqs/q",
                "AWS_REGION",
                "eu-west-1")::get); // Lambda always sets AWS_REGION

        assertThat(c.blobMode()).isEqualTo(EmailIngestConfig.BlobMode.S3);
        assertThat(c.sql().rdsData().orElseThrow().region()).isEqualTo("eu-west-1");
        assertThat(c.aiMode()).isEqualTo(EmailIngestConfig.AiMode.RULES);
        assertThat(c.aiMaxTokensPerDay()).isEqualTo(EmailIngestConfig.DEFAULT_AI_MAX_TOKENS_DAY);
        assertThat(c.maxMessageBytes()).isEqualTo(EmailIngestConfig.DEFAULT_MAX_MESSAGE_BYTES);
    }

    @Test
    void bedrockMode_isBedrockWithTheRulesBehindIt() {
        EmailIngestConfig c = EmailIngestConfig.from(Map.of(
                "BENCHCRM_SQL_MODE",
                "jdbc",
                "BENCHCRM_JDBC_URL",
                "jdbc:postgresql://h/db",
                "BENCHCRM_JDBC_USER",
                "u",
                "BENCHCRM_JDBC_PASSWORD",
                "p",
                "BENCHCRM_INGEST_DOMAIN",
                "ingest.example.com",
                "BENCHCRM_RAW_BUCKET",
                "raw",
                "BENCHCRM_DLQ_URL",
                "https://sqs/q",
                "BENCHCRM_AI_MODE",
                "bedrock",
                "BENCHCRM_BEDROCK_MODEL_ID",
                "anthropic.claude-3-5-haiku-20241022-v1:0",
                "AI_MAX_TOKENS_DAY",
                "50000")::get);

        assertThat(EmailIngestComponents.aiGateway(c, null))
                .isInstanceOf(com.benchcrm.extraction.FallbackAiGateway.class);
        assertThat(c.aiMaxTokensPerDay()).isEqualTo(50_000);
    }

    @Test
    void everyProblem_reportedAtOnce() {
        assertThatThrownBy(() -> EmailIngestConfig.from(Map.of(
                        "BENCHCRM_SQL_MODE",
                        "jdbc",
                        "BENCHCRM_BLOB_MODE",
                        "tape",
                        "BENCHCRM_AI_MODE",
                        "bedrock",
                        "AI_MAX_TOKENS_DAY",
                        "-5")::get))
                .hasMessageContaining("BENCHCRM_JDBC_URL is not set")
                .hasMessageContaining("BENCHCRM_INGEST_DOMAIN")
                .hasMessageContaining("BENCHCRM_BLOB_MODE must be one of")
                .hasMessageContaining("exactly one of BENCHCRM_DLQ_URL")
                .hasMessageContaining("BENCHCRM_BEDROCK_MODEL_ID")
                .hasMessageContaining("AI_MAX_TOKENS_DAY must be a positive integer");
    }
}
