package com.benchcrm.marketing;

import com.benchcrm.tenancy.TenantId;
import java.util.List;
import java.util.UUID;

/**
 * Port: hands queued messages to the sender after the approval's transaction has committed. Each
 * message is sent by {@link OutreachSender#send}, which is idempotent, so an adapter may deliver a
 * message more than once (SQS at-least-once) without a second mail.
 */
public interface OutreachQueue {

    void enqueue(TenantId tenant, List<UUID> messageIds);

    /**
     * Sends in the caller's thread, one message after another; a message whose send fails stays
     * queued (and is reported by {@link OutreachSender#send}'s exception being swallowed here, to be
     * retried by {@code POST /v1/outreach/drafts/{id}/retry}). The embedded stack's default.
     */
    static OutreachQueue inline(OutreachSender sender) {
        return (tenant, ids) -> {
            for (UUID id : ids) {
                try {
                    sender.send(tenant, id);
                } catch (MailSender.MailSendException e) {
                    // stays QUEUED with the reason recorded; a retry sends it at most once
                }
            }
        };
    }
}
