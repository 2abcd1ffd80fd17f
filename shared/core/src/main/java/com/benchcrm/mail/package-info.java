/**
 * Inbound mail as the domain sees it: a {@link com.benchcrm.mail.ParsedMail} (text, forwards,
 * attachments, problems) behind the {@link com.benchcrm.mail.MailParser} port. MIME itself lives in
 * the {@code shared/adapters/mail-mime} adapter.
 */
@NullMarked
package com.benchcrm.mail;

import org.jspecify.annotations.NullMarked;
