/**
 * Marketing the bench (issue 15, items 1-4; ADRs 0090-0094): hot lists of consultants rendered as a
 * mail that never names anyone, the consultants' marketing preferences (an opt-out that keeps them
 * off every hot list), the tenant's marketing policy (rates shown or hidden, the postal address
 * every mail carries, the daily send cap), distribution lists of vendor contacts with consent kept
 * per contact, and the suppression list that one-click unsubscribes, bounces and complaints fill.
 *
 * <p>{@link com.benchcrm.marketing.HotLists} is the hot list use case (the generic lifecycle plus
 * {@code preview}); {@link com.benchcrm.marketing.HotListRenderer} turns resolved lines into HTML
 * and plain text, escaping every value; {@link com.benchcrm.marketing.ReferenceCodes} gives each
 * consultant the stable code a hot list shows instead of a name.
 */
@NullMarked
package com.benchcrm.marketing;

import org.jspecify.annotations.NullMarked;
