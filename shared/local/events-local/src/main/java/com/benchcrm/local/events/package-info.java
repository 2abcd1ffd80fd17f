/**
 * Events and queues on a laptop, for the embedded stack and the tests: {@link com.benchcrm.local.events.LocalSqs}
 * (ElasticMQ, the real SQS wire API, on 127.0.0.1), {@link com.benchcrm.local.events.EmbeddedEventBus}
 * (evaluates the EventBridge rule patterns of {@code events/rules/routing.json} with event-ruler and
 * sends matching events to the queues, as EventBridge's SQS targets do), and
 * {@link com.benchcrm.local.events.SqsEventSource} (polls a queue and invokes a function with SQS
 * events, honouring partial batch failures, as Lambda's event source mapping does).
 */
@NullMarked
package com.benchcrm.local.events;

import org.jspecify.annotations.NullMarked;
