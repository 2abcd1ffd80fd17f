/**
 * The event plane's functions on AWS: the outbox relay ({@code functions/outbox-relay}) on a
 * one-minute schedule and webhook delivery ({@code functions/webhook-delivery}) on the webhook queue
 * (ADR 0011, ADR 0012).
 */
package com.benchcrm.infra.events;
