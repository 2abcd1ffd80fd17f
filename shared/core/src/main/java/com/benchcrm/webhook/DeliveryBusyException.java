package com.benchcrm.webhook;

import java.util.UUID;

/** Another copy of a message is attempting this delivery right now; retry the message later. */
public final class DeliveryBusyException extends RuntimeException {

    public DeliveryBusyException(UUID delivery) {
        super("delivery " + delivery + " is being attempted elsewhere");
    }
}
