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
                .hasMessageContaining("./mvnw -q -pl functions/http-api,functions/provisioning,functions/outbox-relay,"
                        + "functions/webhook-delivery,functions/email-ingest,functions/matching,functions/work-authorization-alerts,"
                        + "functions/model-training,functions/notifications,functions/outreach-sender "
                        + "-am package -DskipTests");
    }

    @Test
    void fromBuild_builtCheckout_findsEveryShadedJar() throws IOException {
        Path api = touch("functions/http-api/target/benchcrm-http-api-0.1.0-SNAPSHOT-aws.jar");
        touch("functions/http-api/target/benchcrm-http-api-0.1.0-SNAPSHOT.jar");
        Path provisioning = touch("functions/provisioning/target/benchcrm-provisioning-0.1.0-SNAPSHOT-aws.jar");
        Path relay = touch("functions/outbox-relay/target/benchcrm-outbox-relay-0.1.0-SNAPSHOT-aws.jar");
        Path webhooks = touch("functions/webhook-delivery/target/benchcrm-webhook-delivery-0.1.0-SNAPSHOT-aws.jar");
        Path ingest = touch("functions/email-ingest/target/benchcrm-email-ingest-0.1.0-SNAPSHOT-aws.jar");
        Path match = touch("functions/matching/target/benchcrm-matching-0.1.0-SNAPSHOT-aws.jar");
        Path alerts = touch(
                "functions/work-authorization-alerts/target/benchcrm-work-authorization-alerts-0.1.0-SNAPSHOT-aws.jar");
        Path training = touch("functions/model-training/target/benchcrm-model-training-0.1.0-SNAPSHOT-aws.jar");
        Path notifications = touch("functions/notifications/target/benchcrm-notifications-0.1.0-SNAPSHOT-aws.jar");
        Path outreach = touch("functions/outreach-sender/target/benchcrm-outreach-sender-0.1.0-SNAPSHOT-aws.jar");

        assertThat(Artifacts.fromBuild(root))
                .isEqualTo(Artifacts.of(
                        api, provisioning, relay, webhooks, ingest, match, alerts, training, notifications, outreach));
    }

    private Path touch(String relative) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }
}
