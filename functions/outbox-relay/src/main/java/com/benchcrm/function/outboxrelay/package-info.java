/**
 * The outbox relay function ({@code outboxRelay}), on a schedule: publishes committed outbox rows of
 * every tenant to EventBridge and sweeps claims a crash left behind ({@link com.benchcrm.outbox.OutboxRelay},
 * ADR 0011). {@link com.benchcrm.function.outboxrelay.OutboxRelayComponents} builds everything from
 * {@link com.benchcrm.function.outboxrelay.OutboxRelayConfig}; the handler only translates.
 */
@NullMarked
package com.benchcrm.function.outboxrelay;

import org.jspecify.annotations.NullMarked;
