package com.benchcrm.function.modeltraining;

import static org.assertj.core.api.Assertions.assertThat;

import com.benchcrm.common.Json;
import com.benchcrm.function.runtime.testing.ShadedJars;
import com.benchcrm.local.postgres.LocalPostgres;
import com.benchcrm.local.postgres.TestDatabase;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.sql.jdbc.JdbcSqlPort;
import com.benchcrm.tenancy.TenantDirectory;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantSlug;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Lambda artifact: it carries the training job, the drift measure, XGBoost4J's Linux natives, the S3 registry
 * and the RDS Data API adapter, and nothing embedded-only (nor SQS or EventBridge: the job only reads the database
 * and writes the registry). The one exception to the embedded-only list is {@code scala/}: the Scala library is
 * XGBoost4J's own dependency. XGBoost4J's macOS and Windows natives are left out (Lambda runs Linux).
 */
class ShadedJarIT {

    static final Path JAR = ShadedJars.find("benchcrm-model-training");

    @Test
    void shadedJar_carriesTheJobTheRegistryAndTheRdsDataAdapter_andNothingEmbeddedOnly() {
        ShadedJars.check(JAR)
                .carries(
                        "com/benchcrm/function/modeltraining/ModelTrainingApplication.class",
                        "com/benchcrm/ml/TrainingJob.class",
                        "com/benchcrm/matching/drift/ModelDrift.class",
                        "com/benchcrm/blob/s3/S3BlobStore.class",
                        "com/benchcrm/sql/rdsdata/RdsDataSqlPort.class",
                        "META-INF/services/com.benchcrm.sql.SqlPortProvider")
                .nothingUnder(
                        "software/amazon/awssdk/services/sqs/",
                        "software/amazon/awssdk/services/eventbridge/",
                        "com/benchcrm/webhook/http/",
                        "lib/windows/",
                        "lib/macos/")
                .nothingEmbeddedOnly("scala/")
                .carries(
                        "ml/dmlc/xgboost4j/java/Booster.class",
                        "lib/linux/x86_64/libxgboost4j.so",
                        "lib/linux/aarch64/libxgboost4j.so");
    }

    @Test
    void shadedJar_inAFreshJvm_answersAScheduleEvent_forATenantWithNothingToLearnFromYet() throws Exception {
        LocalPostgres pg = TestDatabase.get();
        TenantId tenant;
        try (JdbcSqlPort owner = JdbcSqlPort.connect(
                pg.jdbcUrl(), pg.roles().ownerRole(), pg.roles().ownerPassword(), 1)) {
            PostgresPersistence db = PostgresPersistence.over(owner);
            tenant = new TenantDirectory(db.transactions(), db.tenants())
                    .ensure(new TenantSlug("training-jar-" + Long.toString(System.nanoTime(), 36)), "training jar");
        }
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "models-");
        Path event = dir.resolve("event.json");
        Files.writeString(event, "{\"tenantId\":\"" + tenant.value() + "\",\"slug\":\"training-jar\"}");
        Map<String, String> env = pg.appEnvironment(1);
        env.put("MAIN_CLASS", ModelTrainingApplication.class.getName());
        env.put("POWERTOOLS_SERVICE_NAME", "model-training");
        env.put("AWS_LAMBDA_FUNCTION_NAME", "benchcrm-model-training");
        env.put("AWS_REGION", "us-east-1");
        env.put("BENCHCRM_MODELS_DIR", dir.resolve("models").toString());

        ShadedJars.Run run = ShadedJars.run(JAR, event, env, ShadedJars.embeddedSql());

        JsonNode summary = Json.read(run.response(), JsonNode.class);
        assertThat(summary.path("tenantId").asText())
                .as(run.output())
                .isEqualTo(tenant.value().toString());
        assertThat(summary.path("labelled").asInt()).as(run.output()).isZero();
        assertThat(summary.path("activated").asBoolean()).isFalse();
        assertThat(summary.path("message").asText()).contains("too few labelled outcomes");
    }
}
