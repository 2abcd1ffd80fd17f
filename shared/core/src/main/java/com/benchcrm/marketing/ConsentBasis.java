package com.benchcrm.marketing;

/** Why a contact may be mailed: they asked to be (opt-in), an existing business relationship, or a legitimate interest. */
public enum ConsentBasis {
    OPT_IN,
    EXISTING_RELATIONSHIP,
    LEGITIMATE_INTEREST
}
