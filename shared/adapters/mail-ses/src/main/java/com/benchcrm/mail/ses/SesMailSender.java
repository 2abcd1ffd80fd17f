package com.benchcrm.mail.ses;

import com.benchcrm.mail.mime.MimeMailWriter;
import com.benchcrm.marketing.MailSender;
import com.benchcrm.marketing.OutboundMail;
import com.benchcrm.tenancy.TenantId;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Destination;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import software.amazon.awssdk.services.sesv2.model.RawMessage;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/**
 * Sends one marketing mail with SES v2 {@code SendEmail}. The content is the raw MIME message (the
 * same bytes the local .eml sink keeps), so the {@code Message-ID} that replies are threaded by
 * (ADR 0094) and the RFC 8058 {@code List-Unsubscribe} / {@code List-Unsubscribe-Post} headers reach
 * the recipient unchanged, which SES's simple content would not allow. Each send names the tenant's
 * configuration set (its event destination carries bounces and complaints back) and is tagged
 * {@code benchcrm-tenant=<tenant id>}, the tag {@code MailFeedback} finds the tenant by (ADR 0091).
 * SES's message id is returned as where the mail is kept. Any SDK failure (throttling, a refused
 * address, an unverified identity, the network) becomes a {@link MailSender.MailSendException}: the
 * message stays queued and the send queue retries it.
 *
 * <pre>{@code
 * MailSender ses = new SesMailSender(SesMailSender.client("eu-west-1"), new MimeMailWriter(clock),
 *         tenant -> Optional.of("benchcrm-prod-" + slugOf(tenant)));
 * String sesMessageId = ses.send(tenant, mail);
 * }</pre>
 */
public final class SesMailSender implements MailSender {

    /** The message tag SES feedback is routed back to its tenant by. */
    public static final String TENANT_TAG = "benchcrm-tenant";

    private final SesV2Client client;
    private final MimeMailWriter writer;
    private final Function<TenantId, Optional<String>> configurationSets;

    /**
     * @param configurationSets the tenant's SES configuration set, empty to send without one (no
     *     feedback events then: only for a deployment without per-tenant sets)
     */
    public SesMailSender(
            SesV2Client client, MimeMailWriter writer, Function<TenantId, Optional<String>> configurationSets) {
        this.client = client;
        this.writer = writer;
        this.configurationSets = configurationSets;
    }

    /** An SES v2 client of the region: the default credentials chain, the URLConnection HTTP client. */
    public static SesV2Client client(String region) {
        return SesV2Client.builder()
                .region(Region.of(region))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(20)))
                .build();
    }

    @Override
    public String send(TenantId tenant, OutboundMail mail) {
        SendEmailRequest request = request(tenant, mail);
        try {
            return client.sendEmail(request).messageId();
        } catch (SdkException e) {
            throw new MailSendException("SES did not take the mail to " + mail.to() + ": " + e.getMessage(), e);
        }
    }

    /** The request {@link #send} makes (its shape is what the tests hold). */
    SendEmailRequest request(TenantId tenant, OutboundMail mail) {
        SendEmailRequest.Builder b = SendEmailRequest.builder()
                .fromEmailAddress(mail.from())
                .destination(Destination.builder().toAddresses(mail.to()).build())
                .content(EmailContent.builder()
                        .raw(RawMessage.builder()
                                .data(SdkBytes.fromByteArray(writer.write(mail)))
                                .build())
                        .build())
                .emailTags(MessageTag.builder()
                        .name(TENANT_TAG)
                        .value(tenant.value().toString())
                        .build());
        configurationSets.apply(tenant).ifPresent(b::configurationSetName);
        return b.build();
    }
}
