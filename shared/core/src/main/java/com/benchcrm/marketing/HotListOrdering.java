package com.benchcrm.marketing;

/** How a hot list orders its consultants: longest on the bench first (the default), or by title. */
public enum HotListOrdering {
    DAYS_ON_BENCH,
    TITLE
}
