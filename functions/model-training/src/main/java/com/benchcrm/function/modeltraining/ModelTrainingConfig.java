package com.benchcrm.function.modeltraining;

import com.benchcrm.matching.drift.ModelDrift;
import com.benchcrm.sql.SqlSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the model training reads from its environment, read once and validated at start (all problems reported
 * together).
 *
 * <table>
 *   <caption>Environment</caption>
 *   <tr><td>BENCHCRM_SQL_MODE and the RDS Data API (or JDBC) variables</td><td>as for the HTTP API function</td></tr>
 *   <tr><td>BENCHCRM_MODELS_BUCKET</td><td>the S3 model registry ({@code models/<tenant>/...}); or</td></tr>
 *   <tr><td>BENCHCRM_MODELS_DIR</td><td>a folder instead (local runs and tests)</td></tr>
 *   <tr><td>AWS_REGION</td><td>the bucket's region (Lambda sets it)</td></tr>
 *   <tr><td>BENCHCRM_DRIFT_DAYS</td><td>the recent window of the drift metric, default 7 (a week: the schedule's period)</td></tr>
 * </table>
 *
 * <pre>{@code
 * ModelTrainingConfig config = ModelTrainingConfig.from(System::getenv);
 * }</pre>
 */
public record ModelTrainingConfig(
        SqlSettings sql, Optional<String> modelsBucket, Optional<Path> modelsDir, String region, int driftDays) {

    public static final int DEFAULT_DRIFT_DAYS = 7;

    /** @throws IllegalStateException naming every missing or invalid variable */
    public static ModelTrainingConfig from(Function<String, String> env) {
        List<String> problems = new ArrayList<>();
        SqlSettings sql = SqlSettings.from(env, problems);
        Optional<String> bucket = value(env, "BENCHCRM_MODELS_BUCKET");
        Optional<Path> dir = value(env, "BENCHCRM_MODELS_DIR").map(Path::of);
        if (bucket.isEmpty() && dir.isEmpty()) {
            problems.add("BENCHCRM_MODELS_BUCKET (the S3 model registry) or BENCHCRM_MODELS_DIR must be set");
        }
        String region = value(env, "AWS_REGION").orElse("");
        if (bucket.isPresent() && dir.isEmpty() && region.isEmpty()) {
            problems.add("AWS_REGION must be set with BENCHCRM_MODELS_BUCKET");
        }
        int days = DEFAULT_DRIFT_DAYS;
        Optional<String> rawDays = value(env, "BENCHCRM_DRIFT_DAYS");
        if (rawDays.isPresent()) {
            try {
                days = Integer.parseInt(rawDays.get());
                if (days < 1 || days > ModelDrift.MAX_DAYS) {
                    problems.add("BENCHCRM_DRIFT_DAYS must be 1 to " + ModelDrift.MAX_DAYS + ", not " + days);
                }
            } catch (NumberFormatException e) {
                problems.add("BENCHCRM_DRIFT_DAYS must be a whole number of days, not '" + rawDays.get() + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the model training is not configured: " + String.join("; ", problems));
        }
        return new ModelTrainingConfig(sql, bucket, dir, region, days);
    }

    private static Optional<String> value(Function<String, String> env, String name) {
        return Optional.ofNullable(env.apply(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
