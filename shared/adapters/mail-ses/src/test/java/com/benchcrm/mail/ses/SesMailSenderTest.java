package com.benchcrm.mail.ses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.mail.mime.MimeMailWriter;
import com.benchcrm.marketing.MailSender;
import com.benchcrm.marketing.OutboundMail;
import com.benchcrm.tenancy.TenantId;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.james.mime4j.dom.Message;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SendEmailResponse;

/** The SES v2 request the adapter makes, held against the SDK's model (no network: a recording client). */
class SesMailSenderTest {

    final TenantId tenant = new TenantId(UUID.fromString("0193f7a0-0000-7000-8000-00000000a001"));
    final MimeMailWriter writer =
            new MimeMailWriter(Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC));

    /** Records each request; answers with an SES message id, or throws what it is given. */
    static final class RecordingSes implements SesV2Client {
        final List<SendEmailRequest> requests = new ArrayList<>();
        RuntimeException failure;

        @Override
        public SendEmailResponse sendEmail(SendEmailRequest request) {
            requests.add(request);
            if (failure != null) {
                throw failure;
            }
            return SendEmailResponse.builder()
                    .messageId("0102019a-ses-" + requests.size())
                    .build();
        }

        @Override
        public String serviceName() {
            return "ses";
        }

        @Override
        public void close() {}
    }

    OutboundMail mail() {
        return new OutboundMail(
                "bench@acme.example",
                "Acme Bench Sales",
                "pat@vendor.example",
                "Hot list: Java (2 consultants available)",
                "BC-1A2B3C4D | Java Developer | Java (9 y)\n--\nAcme\n100 Main Street\n",
                "<p>BC-1A2B3C4D &amp; friends</p>",
                "<0193f7a2-1111-7000-8000-000000000001@acme.example>",
                Map.of(
                        "List-Unsubscribe",
                        "<https://api.acme.example/v1/unsubscribe/abc.def>, <mailto:u@acme.example?subject=unsubscribe%20abc.def>",
                        "List-Unsubscribe-Post",
                        "List-Unsubscribe=One-Click"));
    }

    @Test
    void send_isRawMime_withTheHeadersThatMustSurvive_theTenantsConfigurationSet_andTheTenantTag() throws Exception {
        RecordingSes ses = new RecordingSes();
        SesMailSender sender = new SesMailSender(ses, writer, t -> Optional.of("benchcrm-prod-acme"));

        String location = sender.send(tenant, mail());

        assertThat(location).isEqualTo("0102019a-ses-1");
        SendEmailRequest r = ses.requests.get(0);
        assertThat(r.fromEmailAddress()).isEqualTo("bench@acme.example");
        assertThat(r.destination().toAddresses()).containsExactly("pat@vendor.example");
        assertThat(r.configurationSetName()).isEqualTo("benchcrm-prod-acme");
        assertThat(r.emailTags()).singleElement().satisfies(tag -> {
            assertThat(tag.name()).isEqualTo("benchcrm-tenant");
            assertThat(tag.value()).isEqualTo(tenant.value().toString());
        });
        assertThat(r.content().simple()).isNull();
        assertThat(r.content().template()).isNull();
        Message parsed = Message.Builder.of(
                        new ByteArrayInputStream(r.content().raw().data().asByteArray()))
                .build();
        assertThat(parsed.getMessageId()).isEqualTo("<0193f7a2-1111-7000-8000-000000000001@acme.example>");
        assertThat(parsed.getHeader().getField("List-Unsubscribe-Post").getBody())
                .isEqualTo("List-Unsubscribe=One-Click");
        assertThat(parsed.getHeader().getField("List-Unsubscribe").getBody())
                .startsWith("<https://api.acme.example/v1/unsubscribe/abc.def>");
        assertThat(parsed.getTo().toString()).contains("pat@vendor.example");
    }

    @Test
    void aTenantWithoutAConfigurationSet_isSentWithoutOne_butStillTagged() {
        RecordingSes ses = new RecordingSes();

        new SesMailSender(ses, writer, t -> Optional.empty()).send(tenant, mail());

        assertThat(ses.requests.get(0).configurationSetName()).isNull();
        assertThat(ses.requests.get(0).emailTags()).hasSize(1);
    }

    @Test
    void anSesRefusal_isAMailSendException_soTheMessageStaysQueued() {
        RecordingSes ses = new RecordingSes();
        ses.failure = MessageRejectedException.builder()
                .message("Email address is not verified.")
                .build();

        assertThatThrownBy(() -> new SesMailSender(ses, writer, t -> Optional.empty()).send(tenant, mail()))
                .isInstanceOf(MailSender.MailSendException.class)
                .hasMessageContaining("pat@vendor.example")
                .hasMessageContaining("not verified");
    }
}
