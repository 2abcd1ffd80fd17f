package com.benchcrm.events;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The domain event types and their current data-schema versions. The JSON Schemas in
 * {@code events/schemas/} and {@code docs/events.md} describe the same set; tests hold the three
 * together.
 */
public final class EventCatalog {

    public static final String REQUIREMENT_IMPORTED = "RequirementImported";
    public static final String REQUIREMENT_UPDATED = "RequirementUpdated";
    public static final String REQUIREMENT_DELETED = "RequirementDeleted";
    public static final String CONSULTANT_UPSERTED = "ConsultantUpserted";
    public static final String CONSULTANT_DELETED = "ConsultantDeleted";
    public static final String RECOMMENDATIONS_READY = "RecommendationsReady";
    public static final String SUBMISSION_STATUS_CHANGED = "SubmissionStatusChanged";
    public static final String WEBHOOK_DELIVERY_FAILED = "WebhookDeliveryFailed";
    public static final String INTERVIEW_SCHEDULED = "InterviewScheduled";
    public static final String PLACEMENT_STARTED = "PlacementStarted";
    public static final String COMPANY_UPSERTED = "CompanyUpserted";
    public static final String COMPANY_DELETED = "CompanyDeleted";
    public static final String CONTACT_UPSERTED = "ContactUpserted";
    public static final String CONTACT_DELETED = "ContactDeleted";
    public static final String WORK_AUTHORIZATION_EXPIRING = "WorkAuthorizationExpiring";
    public static final String HOT_LIST_UPSERTED = "HotListUpserted";
    public static final String HOT_LIST_DELETED = "HotListDeleted";
    public static final String DISTRIBUTION_LIST_UPSERTED = "DistributionListUpserted";
    public static final String DISTRIBUTION_LIST_DELETED = "DistributionListDeleted";
    public static final String OUTREACH_REPLY_RECEIVED = "OutreachReplyReceived";

    /** The {@code source} of every BenchCRM event on EventBridge (and on the embedded bus). */
    public static final String SOURCE = "benchcrm";

    private static final Map<String, Integer> VERSIONS = new TreeMap<>(Map.ofEntries(
            Map.entry(REQUIREMENT_IMPORTED, 1),
            Map.entry(REQUIREMENT_UPDATED, 1),
            Map.entry(REQUIREMENT_DELETED, 1),
            Map.entry(CONSULTANT_UPSERTED, 1),
            Map.entry(CONSULTANT_DELETED, 1),
            Map.entry(RECOMMENDATIONS_READY, 1),
            Map.entry(SUBMISSION_STATUS_CHANGED, 2),
            Map.entry(WEBHOOK_DELIVERY_FAILED, 1),
            Map.entry(COMPANY_UPSERTED, 1),
            Map.entry(COMPANY_DELETED, 1),
            Map.entry(CONTACT_UPSERTED, 1),
            Map.entry(CONTACT_DELETED, 1),
            Map.entry(WORK_AUTHORIZATION_EXPIRING, 1),
            Map.entry(INTERVIEW_SCHEDULED, 1),
            Map.entry(PLACEMENT_STARTED, 1),
            Map.entry(HOT_LIST_UPSERTED, 1),
            Map.entry(HOT_LIST_DELETED, 1),
            Map.entry(DISTRIBUTION_LIST_UPSERTED, 1),
            Map.entry(DISTRIBUTION_LIST_DELETED, 1),
            Map.entry(OUTREACH_REPLY_RECEIVED, 1)));

    private EventCatalog() {}

    public static Set<String> types() {
        return VERSIONS.keySet();
    }

    public static boolean isKnown(String type) {
        return VERSIONS.containsKey(type);
    }

    /** The current version of a type's data schema. */
    public static int currentVersion(String type) {
        Integer v = VERSIONS.get(type);
        if (v == null) {
            throw new IllegalArgumentException("not an event type of the catalog: " + type);
        }
        return v;
    }
}
