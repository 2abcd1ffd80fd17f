/**
 * The transactional outbox: domain events are written in the transaction of the change that
 * caused them, so an event exists if and only if its change committed. A relay publishes them.
 */
@NullMarked
package com.benchcrm.outbox;

import org.jspecify.annotations.NullMarked;
