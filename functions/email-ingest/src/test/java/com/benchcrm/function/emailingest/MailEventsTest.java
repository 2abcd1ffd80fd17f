package com.benchcrm.function.emailingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.ingest.Channel;
import com.benchcrm.ingest.MailArrival;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailEventsTest {

    @Test
    void sesReceipt_keyIsTheTenantPrefixAndTheSesMessageId() {
        List<MailArrival> a = MailEvents.arrivals(Samples.event("ses-receipt-lambda"), "raw-bucket");

        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.channel()).isEqualTo(Channel.SES);
            assertThat(x.bucket()).isEqualTo("raw-bucket");
            assertThat(x.key()).isEqualTo("raw/acme/o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1");
            assertThat(x.recipients()).containsExactly("acme@ingest.example.com");
            assertThat(x.virusVerdict()).isEqualTo("PASS");
            assertThat(x.receivedAt()).isNotNull();
        });
    }

    @Test
    void s3ObjectCreated_keyUrlDecoded_tenantFromKey() {
        MailArrival a =
                MailEvents.arrivals(Samples.s3("raw/acme/a%2Bb+c"), null).get(0);

        assertThat(a.key()).isEqualTo("raw/acme/a+b+c");
        assertThat(a.slugFromKey()).isEqualTo("acme");
        assertThat(a.bucket()).isEqualTo("benchcrm-raw-mail-example");
    }

    @Test
    void otherEvents_areNotMailEvents() {
        assertThatThrownBy(() -> MailEvents.arrivals(Samples.event("not-an-ingest-event"), null))
                .isInstanceOf(MailEvents.NotAMailEventException.class)
                .hasMessageContaining("aws:sqs");
        assertThatThrownBy(() -> MailEvents.arrivals(Samples.JSON.createObjectNode(), null))
                .isInstanceOf(MailEvents.NotAMailEventException.class);
    }
}
