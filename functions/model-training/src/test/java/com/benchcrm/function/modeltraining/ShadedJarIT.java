package com.benchcrm.function.modeltraining;

import com.benchcrm.function.runtime.testing.ShadedJars;
import java.nio.file.Path;
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
}
