/**
 * Domain events: the envelope ({@link com.benchcrm.events.DomainEvent}), the catalog of types, the
 * port that publishes them ({@link com.benchcrm.events.EventPublisher}) and consumer-side dedupe
 * ({@link com.benchcrm.events.ProcessedEvents}).
 *
 * <p>Events are written to the outbox in the transaction of the change (see
 * {@code com.benchcrm.outbox}); a relay publishes them. Delivery is at least once: every consumer
 * dedupes on the event id. See {@code docs/events.md}.
 */
@NullMarked
package com.benchcrm.events;

import org.jspecify.annotations.NullMarked;
