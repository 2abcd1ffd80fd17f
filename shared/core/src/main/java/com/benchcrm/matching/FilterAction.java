package com.benchcrm.matching;

/** What a hard filter does to a consultant who fails it. */
public enum FilterAction {
    /** Not recommended at all. */
    EXCLUDE,
    /** Recommended with a warning, and a lower success probability; the score is unchanged. */
    FLAG,
    /** Not checked. */
    OFF
}
