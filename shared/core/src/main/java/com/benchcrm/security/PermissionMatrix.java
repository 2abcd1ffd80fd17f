package com.benchcrm.security;

import static com.benchcrm.security.Permission.ACTIVITY_WRITE;
import static com.benchcrm.security.Permission.ANALYTICS_READ;
import static com.benchcrm.security.Permission.AUDIT_READ;
import static com.benchcrm.security.Permission.COMPANY_READ;
import static com.benchcrm.security.Permission.COMPANY_WRITE;
import static com.benchcrm.security.Permission.CONSULTANT_READ;
import static com.benchcrm.security.Permission.CONSULTANT_WRITE;
import static com.benchcrm.security.Permission.MARKETING_READ;
import static com.benchcrm.security.Permission.MARKETING_WRITE;
import static com.benchcrm.security.Permission.OUTREACH_APPROVE;
import static com.benchcrm.security.Permission.RECOMMENDATION_RUN;
import static com.benchcrm.security.Permission.REQUIREMENT_READ;
import static com.benchcrm.security.Permission.REQUIREMENT_WRITE;
import static com.benchcrm.security.Permission.SUBMISSION_READ;
import static com.benchcrm.security.Permission.SUBMISSION_WRITE;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that says which role may do what. Every use case asks it through
 * {@link Caller#require(Permission)}; docs/security.md prints the same table.
 *
 * <pre>
 *              consultants  requirements  recommendations  audit log  webhooks, settings, users  companies, contacts  activities  submissions, RTRs    analytics
 * Owner        read/write   read/write    read/run         read       manage                     read/write           read/log    read/write/override  read
 * Admin        read/write   read/write    read/run         read       manage                     read/write           read/log    read/write/override  read
 * Recruiter    read/write   read/write    read/run         -          -                          read/write           read/log    read/write           read
 * Sales        read         read/write    read/run         -          -                          read/write           read/log    read/write           read
 * Analyst      read         read          read             read       -                          read                 read        read                 read
 * ReadOnly     read         read          read             -          -                          read                 read        read                 -
 * </pre>
 */
public final class PermissionMatrix {

    private static final Map<Role, Set<Permission>> GRANTS = new EnumMap<>(Role.class);

    static {
        GRANTS.put(Role.Owner, EnumSet.allOf(Permission.class));
        GRANTS.put(Role.Admin, EnumSet.allOf(Permission.class));
        GRANTS.put(
                Role.Recruiter,
                EnumSet.of(
                        CONSULTANT_READ,
                        CONSULTANT_WRITE,
                        REQUIREMENT_READ,
                        REQUIREMENT_WRITE,
                        RECOMMENDATION_RUN,
                        COMPANY_READ,
                        COMPANY_WRITE,
                        ACTIVITY_WRITE,
                        SUBMISSION_READ,
                        SUBMISSION_WRITE,
                        ANALYTICS_READ,
                        MARKETING_READ,
                        MARKETING_WRITE,
                        OUTREACH_APPROVE));
        GRANTS.put(
                Role.Sales,
                EnumSet.of(
                        CONSULTANT_READ,
                        REQUIREMENT_READ,
                        REQUIREMENT_WRITE,
                        RECOMMENDATION_RUN,
                        COMPANY_READ,
                        COMPANY_WRITE,
                        ACTIVITY_WRITE,
                        SUBMISSION_READ,
                        SUBMISSION_WRITE,
                        ANALYTICS_READ,
                        MARKETING_READ,
                        MARKETING_WRITE));
        GRANTS.put(
                Role.Analyst,
                EnumSet.of(
                        CONSULTANT_READ,
                        REQUIREMENT_READ,
                        AUDIT_READ,
                        COMPANY_READ,
                        SUBMISSION_READ,
                        ANALYTICS_READ,
                        MARKETING_READ));
        GRANTS.put(Role.ReadOnly, EnumSet.of(CONSULTANT_READ, REQUIREMENT_READ, COMPANY_READ, SUBMISSION_READ));
    }

    private PermissionMatrix() {}

    public static boolean allows(Collection<Role> roles, Permission permission) {
        for (Role role : roles) {
            if (GRANTS.getOrDefault(role, Set.of()).contains(permission)) {
                return true;
            }
        }
        return false;
    }

    public static Set<Permission> grantsOf(Role role) {
        return EnumSet.copyOf(GRANTS.get(role));
    }
}
