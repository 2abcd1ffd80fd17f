/**
 * Inbound e-mail: the raw-mail bucket ({@link com.benchcrm.infra.mail.RawMailBucket}), the SES
 * receipt rule set and receiving domain ({@link com.benchcrm.infra.mail.InboundMail}), and the
 * per-tenant receipt rule that stores a tenant's mail under its own prefix, encrypted with its own
 * key ({@link com.benchcrm.infra.mail.TenantMailRule}).
 */
@NullMarked
package com.benchcrm.infra.mail;

import org.jspecify.annotations.NullMarked;
