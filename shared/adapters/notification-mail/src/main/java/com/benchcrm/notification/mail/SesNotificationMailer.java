package com.benchcrm.notification.mail;

import com.benchcrm.notification.DigestMail;
import com.benchcrm.notification.NotificationMailer;
import com.benchcrm.tenancy.TenantId;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.Destination;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/**
 * Sends a digest with SES v2 {@code SendEmail} (simple content: subject, text and HTML in UTF-8) from
 * the deployment's verified sender, tagged with the tenant, in the configuration set when one is given.
 *
 * <pre>{@code
 * NotificationMailer mailer = new SesNotificationMailer(SesV2Client.create(), "notifications@crm.example.com", Optional.empty());
 * }</pre>
 */
public final class SesNotificationMailer implements NotificationMailer {

    private final SesV2Client ses;
    private final String from;
    private final Optional<String> configurationSet;

    public SesNotificationMailer(SesV2Client ses, String from, Optional<String> configurationSet) {
        this.ses = ses;
        this.from = from;
        this.configurationSet = configurationSet;
    }

    @Override
    public void send(TenantId tenant, DigestMail mail) {
        SendEmailRequest.Builder request = SendEmailRequest.builder()
                .fromEmailAddress(from)
                .destination(Destination.builder().toAddresses(mail.to()).build())
                .content(EmailContent.builder()
                        .simple(Message.builder()
                                .subject(utf8(mail.subject()))
                                .body(Body.builder()
                                        .text(utf8(mail.text()))
                                        .html(utf8(mail.html()))
                                        .build())
                                .build())
                        .build())
                .emailTags(
                        MessageTag.builder()
                                .name("tenant")
                                .value(tenant.value().toString())
                                .build(),
                        MessageTag.builder().name("kind").value("digest").build());
        configurationSet.ifPresent(request::configurationSetName);
        try {
            ses.sendEmail(request.build());
        } catch (SdkException e) {
            throw new MailNotSentException("SES refused the digest: " + e.getMessage(), e);
        }
    }

    private static Content utf8(String data) {
        return Content.builder().data(data).charset("UTF-8").build();
    }
}
