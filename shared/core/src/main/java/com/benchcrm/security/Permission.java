package com.benchcrm.security;

/** One action on one kind of resource. */
public enum Permission {
    CONSULTANT_READ,
    CONSULTANT_WRITE,
    REQUIREMENT_READ,
    REQUIREMENT_WRITE,
    AUDIT_READ,
    /** Run recommendations for a requirement and give feedback on them (reading them needs the two reads). */
    RECOMMENDATION_RUN,
    /** Change the tenant's matching settings (weights, hard filters, candidate pool). */
    SETTINGS_MANAGE,
    /** Create, list and delete partner webhooks and read their delivery logs. */
    WEBHOOK_MANAGE,
    /** Read companies (vendors, implementation partners, prime vendors, end clients) and their contacts. */
    COMPANY_READ,
    /** Create, change and delete companies and contacts. */
    COMPANY_WRITE,
    /** Log notes, calls, e-mails and meetings on records (reading them needs the record's read). */
    ACTIVITY_WRITE,
    /**
     * List the tenant's users, invite one, change a role, deactivate or reactivate (Owner, Admin; only
     * an Owner may make or change an Owner).
     */
    USER_MANAGE,
    /** Read submissions, interviews, offers, placements, RTRs and the workflow policy. */
    SUBMISSION_READ,
    /** Create submissions and move them through the pipeline; record interviews, offers, placements and RTRs. */
    SUBMISSION_WRITE,
    /** Override the duplicate-submission guard or the margin floor, with a reason (audited). */
    SUBMISSION_OVERRIDE,
    /** Read the pipeline KPIs and vendor scorecards. */
    ANALYTICS_READ,
    /** Read hot lists (and their previews), distribution lists, consent, suppressions, drafts and sent mail. */
    MARKETING_READ,
    /** Build hot lists and distribution lists, record consent, suppress addresses, draft outreach. */
    MARKETING_WRITE,
    /** Approve a drafted outreach mail, which sends it (a person decides; nothing goes out on its own). */
    OUTREACH_APPROVE
}
