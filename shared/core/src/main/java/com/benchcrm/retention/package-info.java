/**
 * The scheduled purge of operational records past each tenant's retention (issue 11 item 8, ADR
 * 0058): {@link com.benchcrm.retention.Purge} deletes in bounded batches through the
 * {@link com.benchcrm.retention.PurgeRepository} (PostgreSQL: definer functions only the relay role
 * may call) and writes each tenant's counts to its audit log. The schedule is EventBridge Scheduler
 * invoking the outbox relay function with {@code {"command":"purge"}} in AWS, a timer in the embedded
 * stack.
 */
package com.benchcrm.retention;
