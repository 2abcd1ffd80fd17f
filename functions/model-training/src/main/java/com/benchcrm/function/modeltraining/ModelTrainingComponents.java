package com.benchcrm.function.modeltraining;

import com.benchcrm.blob.BlobStore;
import com.benchcrm.blob.FolderBlobStore;
import com.benchcrm.blob.s3.S3BlobStore;
import com.benchcrm.matching.drift.ModelDrift;
import com.benchcrm.matching.success.BlobModelRegistry;
import com.benchcrm.matching.success.SuccessModelRegistry;
import com.benchcrm.ml.TrainingJob;
import com.benchcrm.persistence.postgres.PostgresPersistence;
import com.benchcrm.sql.SqlPort;
import java.time.Clock;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The composition root of the model training: the SQL port (the RDS Data API in Lambda), the model registry over
 * S3 (or a folder), the {@link TrainingJob} and the {@link ModelDrift} measure. Clients are built once, here.
 *
 * <pre>{@code
 * ModelTrainingComponents c = ModelTrainingComponents.create(ModelTrainingConfig.from(System::getenv));
 * }</pre>
 */
public record ModelTrainingComponents(
        SqlPort sql, SuccessModelRegistry registry, TrainingJob training, ModelDrift drift) {

    public static ModelTrainingComponents create(ModelTrainingConfig config) {
        SqlPort sql = config.sql().connect();
        Clock clock = Clock.systemUTC();
        PostgresPersistence db = PostgresPersistence.over(sql);
        BlobStore store;
        if (config.modelsDir().isPresent()) {
            store = new FolderBlobStore(config.modelsDir().get());
        } else {
            S3Client s3 = S3Client.builder()
                    .region(Region.of(config.region()))
                    .httpClient(UrlConnectionHttpClient.create())
                    .build();
            // model artifacts hold no personal data: SSE on the bucket, no per-tenant client-side encryption
            store = new S3BlobStore(s3, config.modelsBucket().orElseThrow(), slug -> s3);
        }
        SuccessModelRegistry registry = new BlobModelRegistry(store);
        return new ModelTrainingComponents(
                sql,
                registry,
                new TrainingJob(db.transactions(), db.matchRuns(), registry, clock),
                new ModelDrift(db.transactions(), db.matchRuns(), registry, clock));
    }
}
