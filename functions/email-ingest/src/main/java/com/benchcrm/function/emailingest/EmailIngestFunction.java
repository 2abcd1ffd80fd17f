package com.benchcrm.function.emailingest;

import com.benchcrm.common.Json;
import com.benchcrm.function.runtime.EventHandler;
import com.benchcrm.function.runtime.Invocation;
import com.benchcrm.ingest.DeadLetter;
import com.benchcrm.ingest.DeadLetters;
import com.benchcrm.ingest.MailArrival;
import com.benchcrm.ingest.MailDelivery;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;

/**
 * The {@code emailIngest} function: an SES receipt event or an S3 object-created event in, one
 * delivery result per message out ({@code {"results": [...]}}). It reads the event, hands each
 * arrival to {@link MailDelivery} and nothing else. An event that announces no message goes to the
 * dead-letter queue whole ({@code not-an-ingest-event}).
 */
public final class EmailIngestFunction implements EventHandler<String> {

    private static final ObjectMapper EVENTS = new ObjectMapper();

    private final MailDelivery delivery;
    private final DeadLetters deadLetters;
    private final String rawBucket;

    public EmailIngestFunction(MailDelivery delivery, DeadLetters deadLetters, String rawBucket) {
        this.delivery = delivery;
        this.deadLetters = deadLetters;
        this.rawBucket = rawBucket;
    }

    @Override
    public String handle(Invocation invocation) {
        return handle(invocation.event(), invocation.requestId());
    }

    String handle(byte[] event, String traceId) {
        MDC.put("trace_id", traceId);
        try {
            List<MailArrival> arrivals;
            try {
                JsonNode tree = EVENTS.readTree(event);
                arrivals = MailEvents.arrivals(tree == null ? EVENTS.createObjectNode() : tree, rawBucket);
            } catch (IOException | MailEvents.NotAMailEventException e) {
                String detail = e instanceof IOException ? "the event is not JSON" : e.getMessage();
                deadLetters.send(new DeadLetter(
                        "not-an-ingest-event",
                        detail,
                        null,
                        null,
                        null,
                        traceId,
                        Clock.systemUTC().instant()));
                return Json.write(Map.of(
                        "results",
                        List.of(Map.of("status", "DEAD_LETTERED", "reason", "not-an-ingest-event: " + detail))));
            }
            List<Map<String, Object>> results = new ArrayList<>();
            for (MailArrival a : arrivals) {
                MailDelivery.Delivery d = delivery.deliver(a, traceId);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("key", d.key());
                r.put("tenant", d.tenant());
                r.put("status", d.status());
                r.put("reason", d.reason());
                if (d.report() != null) {
                    r.put("report", d.report());
                }
                results.add(r);
            }
            return Json.write(Map.of("results", results));
        } finally {
            MDC.remove("trace_id");
        }
    }
}
