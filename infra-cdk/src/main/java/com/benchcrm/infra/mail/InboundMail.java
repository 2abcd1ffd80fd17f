package com.benchcrm.infra.mail;

import software.amazon.awscdk.services.ses.EmailIdentity;
import software.amazon.awscdk.services.ses.IReceiptRuleSet;
import software.amazon.awscdk.services.ses.Identity;
import software.amazon.awscdk.services.ses.ReceiptRuleSet;
import software.constructs.Construct;

/**
 * The SES side of inbound mail: the receiving domain's identity (its DKIM records go into DNS
 * with the MX record; see docs/deploy.md) and the receipt rule set that holds one rule per tenant.
 *
 * <p>SES has one active rule set per account and region, and activating one is an API call, not a
 * CloudFormation resource: {@code aws ses set-active-receipt-rule-set --rule-set-name <name>},
 * once, after the first deployment.
 */
public final class InboundMail extends Construct {

    private final ReceiptRuleSet ruleSet;
    private final String ruleSetName;

    public InboundMail(Construct scope, String id, String deployment, String ingestDomain) {
        super(scope, id);
        this.ruleSetName = deployment + "-inbound";
        this.ruleSet = ReceiptRuleSet.Builder.create(this, "RuleSet")
                .receiptRuleSetName(ruleSetName)
                .build();
        EmailIdentity.Builder.create(this, "Domain")
                .identity(Identity.domain(ingestDomain))
                .build();
    }

    public IReceiptRuleSet ruleSet() {
        return ruleSet;
    }

    /** The rule set's name (SES ARNs of its rules are built from it). */
    public String ruleSetName() {
        return ruleSetName;
    }
}
