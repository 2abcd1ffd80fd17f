package com.benchcrm.function.outreachsender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.function.runtime.testing.TestEnvironments;
import com.benchcrm.marketing.OutreachSendRequest;
import com.benchcrm.tenancy.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutreachSenderConfigTest {

    static Map<String, String> complete() {
        Map<String, String> env = new HashMap<>(TestEnvironments.rdsData());
        env.put("BENCHCRM_OUTREACH_DLQ_URL", "http://127.0.0.1:9324/000000000000/outreach-dlq");
        env.put("BENCHCRM_SENT_MAIL_DIR", "/tmp/sent-mail");
        env.put("BENCHCRM_UNSUBSCRIBE_SECRET", "x".repeat(32));
        return env;
    }

    @Test
    void complete_environment_isRead_withTheQueuesMaxReceivesFromTheRoutingFile() {
        OutreachSenderConfig config = OutreachSenderConfig.from(complete()::get);

        assertThat(config.dlqUrl()).endsWith("/outreach-dlq");
        assertThat(config.maxReceives()).isEqualTo(5);
        assertThat(config.sentMailDir().toString()).isEqualTo("/tmp/sent-mail");
        assertThat(config.sendQueueUrl()).as("only the sweep needs it").isEmpty();
    }

    @Test
    void sweep_readsTheSendQueueUrl() {
        Map<String, String> env = complete();
        env.put("BENCHCRM_OUTREACH_QUEUE_URL", "http://localhost:9324/000000000000/outreach");

        assertThat(OutreachSenderConfig.from(env::get).sendQueueUrl())
                .contains("http://localhost:9324/000000000000/outreach");
    }

    @Test
    void ses_needsNoMailFolder_andReadsTheConfigurationSetPrefix() {
        Map<String, String> env = complete();
        env.remove("BENCHCRM_SENT_MAIL_DIR");
        env.put("BENCHCRM_MAIL_SENDER", "ses");
        env.put("BENCHCRM_SES_CONFIGURATION_SET_PREFIX", "benchcrm-prod-");

        OutreachSenderConfig config = OutreachSenderConfig.from(env::get);

        assertThat(config.mailSender()).isEqualTo(OutreachSenderConfig.MailMode.SES);
        assertThat(config.configurationSetPrefix()).contains("benchcrm-prod-");
    }

    @Test
    void eml_withoutAMailFolder_isRefused() {
        Map<String, String> env = complete();
        env.remove("BENCHCRM_SENT_MAIL_DIR");

        assertThatThrownBy(() -> OutreachSenderConfig.from(env::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BENCHCRM_SENT_MAIL_DIR");
    }

    @Test
    void missingDlq_shortSecret_andAnUnknownSender_areReportedTogether() {
        Map<String, String> env = complete();
        env.remove("BENCHCRM_OUTREACH_DLQ_URL");
        env.put("BENCHCRM_UNSUBSCRIBE_SECRET", "short");
        env.put("BENCHCRM_MAIL_SENDER", "carrier-pigeon");

        assertThatThrownBy(() -> OutreachSenderConfig.from(env::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BENCHCRM_OUTREACH_DLQ_URL")
                .hasMessageContaining("BENCHCRM_UNSUBSCRIBE_SECRET")
                .hasMessageContaining("BENCHCRM_MAIL_SENDER");
    }

    @Test
    void sendRequest_roundTrips_andAMalformedBodyIsRefused() {
        OutreachSendRequest r = new OutreachSendRequest(new TenantId(UUID.randomUUID()), UUID.randomUUID());

        assertThat(OutreachSendRequest.parse(r.toJson())).isEqualTo(r);
        assertThatThrownBy(() -> OutreachSendRequest.parse("{\"tenant\":\"x\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutreachSendRequest.parse("[]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutreachSendRequest.parse("not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
