/**
 * The {@link com.benchcrm.events.EventPublisher} port over Amazon EventBridge PutEvents: the outbox
 * relay's AWS adapter. Rules on the bus route events to the SQS work queues; the rule patterns are
 * the ones in {@code events/rules/}, which the embedded bus evaluates too.
 */
@NullMarked
package com.benchcrm.events.eventbridge;

import org.jspecify.annotations.NullMarked;
