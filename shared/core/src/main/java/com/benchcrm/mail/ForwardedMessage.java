package com.benchcrm.mail;

/**
 * A message forwarded inside another: attached as {@code message/rfc822} or quoted inline after a
 * "Forwarded message" line. Its sender is the vendor when a recruiter forwards a vendor's mail.
 *
 * @param from    the original sender, or null when the forward did not say
 * @param subject the original subject, or null
 * @param date    the original date as written, or null
 * @param text    the original body as text
 */
public record ForwardedMessage(MailAddress from, String subject, String date, String text) {}
