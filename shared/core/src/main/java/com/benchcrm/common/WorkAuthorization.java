package com.benchcrm.common;

/** US work-authorization statuses as bench sales uses them. */
public enum WorkAuthorization {
    US_CITIZEN,
    GREEN_CARD,
    GC_EAD,
    H1B,
    H4_EAD,
    L2_EAD,
    OPT_EAD,
    STEM_OPT,
    CPT,
    TN,
    E3,
    OTHER
}
