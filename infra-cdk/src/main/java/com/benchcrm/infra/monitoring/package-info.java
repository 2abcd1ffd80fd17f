/**
 * What tells operations that something failed (issue 11 item 9, ADR 0059's sibling 0056): alarms on
 * every dead-letter queue, on function errors, throttles and failed async deliveries, on the outbox
 * backlog and on the HTTP API's 5xx, to one KMS-encrypted SNS topic.
 */
package com.benchcrm.infra.monitoring;
