/**
 * What a submission or an RTR names: the {@link com.benchcrm.parties.SubmissionReferences} port
 * (consultants, requirements, vendor companies and contacts, recommendations, looked up in the
 * caller's tenant) and {@link com.benchcrm.parties.Parties}, the check of those references. Both the
 * submission pipeline and the RTR use case depend on this package, neither on the other's
 * (ADR 0105: this move broke the {@code rtr} <-> {@code submission} package cycle).
 */
@NullMarked
package com.benchcrm.parties;

import org.jspecify.annotations.NullMarked;
