/**
 * The event plane's functions on AWS: the outbox relay ({@code functions/outbox-relay}) on a
 * one-minute schedule, webhook delivery ({@code functions/webhook-delivery}) on the webhook queue and
 * the work authorization alerts ({@code functions/work-authorization-alerts}) on a daily schedule
 * (ADR 0011, ADR 0012, ADR 0082).
 */
@NullMarked
package com.benchcrm.infra.events;

import org.jspecify.annotations.NullMarked;
