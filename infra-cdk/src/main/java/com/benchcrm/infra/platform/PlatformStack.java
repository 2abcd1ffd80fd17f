package com.benchcrm.infra.platform;

import com.benchcrm.infra.config.DeploymentConfig;
import com.benchcrm.infra.mail.InboundMail;
import com.benchcrm.infra.mail.RawMailBucket;
import com.benchcrm.infra.search.VectorCollection;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * The shared platform: keys, event bus and queues, raw-mail store, SES rule set, vector
 * collection, the SES feedback topic and the unsubscribe secret. Composes only; every resource is defined by the construct it belongs to.
 */
public final class PlatformStack extends Stack {

    private final PlatformKeys keys;
    private final EventBackbone events;
    private final RawMailBucket rawMail;
    private final ModelRegistryBucket models;
    private final InboundMail inboundMail;
    private final VectorCollection vectors;
    private final com.benchcrm.infra.mail.OutreachMail outreachMail;

    public PlatformStack(Construct scope, String id, StackProps props, DeploymentConfig config) {
        super(scope, id, props);
        this.keys = new PlatformKeys(this, "Keys", config.deployment());
        this.events = new EventBackbone(this, "Events", config.deployment(), keys.dataKey());
        this.rawMail = new RawMailBucket(this, "RawMail", keys.dataKey(), config.rawMail());
        this.models = new ModelRegistryBucket(this, "ModelRegistry", keys.dataKey());
        this.inboundMail = new InboundMail(this, "InboundMail", config.deployment(), config.ingestDomain());
        this.vectors = new VectorCollection(
                this,
                "Vectors",
                config.deployment(),
                keys.dataKey(),
                config.search().standbyReplicas());
        this.outreachMail = new com.benchcrm.infra.mail.OutreachMail(
                this, "OutreachMail", config.deployment(), keys.dataKey(), events.queue("feedback"));
    }

    /** Marketing mail's shared parts: the SES feedback topic and the unsubscribe secret (ADR 0099). */
    public com.benchcrm.infra.mail.OutreachMail outreachMail() {
        return outreachMail;
    }

    public PlatformKeys keys() {
        return keys;
    }

    public EventBackbone events() {
        return events;
    }

    /** The success-model registry (ADR 0077). */
    public ModelRegistryBucket models() {
        return models;
    }

    public RawMailBucket rawMail() {
        return rawMail;
    }

    public InboundMail inboundMail() {
        return inboundMail;
    }

    public VectorCollection vectors() {
        return vectors;
    }
}
