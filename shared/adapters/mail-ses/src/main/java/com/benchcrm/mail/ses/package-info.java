/**
 * The {@link com.benchcrm.marketing.MailSender} port on Amazon SES v2: raw MIME content (written by
 * {@link com.benchcrm.mail.mime.MimeMailWriter}), the tenant's configuration set, the {@code
 * benchcrm-tenant} message tag (ADR 0091, ADR 0095).
 */
@NullMarked
package com.benchcrm.mail.ses;

import org.jspecify.annotations.NullMarked;
