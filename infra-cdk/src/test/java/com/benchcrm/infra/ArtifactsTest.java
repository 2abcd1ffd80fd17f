package com.benchcrm.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactsTest {

    @TempDir
    Path root;

    @Test
    void fromBuild_jarsNotBuilt_failsWithTheBuildCommand() {
        assertThatThrownBy(() -> Artifacts.fromBuild(root))
                .hasMessageContaining("benchcrm-http-api-*-aws.jar")
                .hasMessageContaining("./mvnw -q -pl functions/http-api,functions/db-migrate,functions/event-worker,"
                        + "functions/email-ingest,functions/match-worker -am package -DskipTests");
    }

    @Test
    void fromBuild_builtCheckout_findsEveryShadedJar() throws IOException {
        Path api = touch("functions/http-api/target/benchcrm-http-api-0.1.0-SNAPSHOT-aws.jar");
        touch("functions/http-api/target/benchcrm-http-api-0.1.0-SNAPSHOT.jar");
        Path migrate = touch("functions/db-migrate/target/benchcrm-db-migrate-0.1.0-SNAPSHOT-aws.jar");
        Path worker = touch("functions/event-worker/target/benchcrm-event-worker-0.1.0-SNAPSHOT-aws.jar");
        Path ingest = touch("functions/email-ingest/target/benchcrm-email-ingest-0.1.0-SNAPSHOT-aws.jar");
        Path match = touch("functions/match-worker/target/benchcrm-match-worker-0.1.0-SNAPSHOT-aws.jar");

        assertThat(Artifacts.fromBuild(root)).isEqualTo(Artifacts.of(api, migrate, worker, ingest, match));
    }

    private Path touch(String relative) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }
}
