/**
 * The event worker's AWS resources: the outbox relay on a one-minute schedule and the webhook
 * delivery function on the webhook queue (ADR 0011, ADR 0012).
 */
@NullMarked
package com.benchcrm.infra.events;

import org.jspecify.annotations.NullMarked;
