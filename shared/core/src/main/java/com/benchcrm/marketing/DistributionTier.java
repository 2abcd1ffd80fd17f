package com.benchcrm.marketing;

/** How close a vendor is: tier 1 (direct, preferred) to tier 3 (occasional). */
public enum DistributionTier {
    TIER_1,
    TIER_2,
    TIER_3
}
