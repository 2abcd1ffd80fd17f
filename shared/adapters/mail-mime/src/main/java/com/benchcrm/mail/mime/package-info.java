/**
 * The {@link com.benchcrm.mail.MailParser} adapter on Apache James mime4j, with jsoup for HTML:
 * {@link com.benchcrm.mail.mime.MimeMailParser} for the MIME structure,
 * {@link com.benchcrm.mail.mime.MailTexts} for replies, signatures, list footers and inline forwards.
 */
@NullMarked
package com.benchcrm.mail.mime;

import org.jspecify.annotations.NullMarked;
