package com.benchcrm.notification;

/** What a notification is about; each can be turned off per user ({@link NotificationPreferences}). */
public enum NotificationKind {
    /** A new requirement's match run ranked one of the user's consultants at or above the user's threshold. */
    REQUIREMENT_MATCH,
    /** An interview of one of the user's submissions or consultants starts tomorrow (in its own time zone). */
    INTERVIEW_TOMORROW,
    /** The work authorization (status or I-94) of one of the user's consultants ends soon. */
    WORK_AUTHORIZATION_EXPIRING,
    /** A submission the user made, or of one of the user's consultants, moved to another status. */
    SUBMISSION_STATUS_CHANGED,
    /** A vendor replied to a hot list or to a submission's outreach. */
    OUTREACH_REPLY
}
