package com.benchcrm.marketing;

import com.benchcrm.lifecycle.EntityRepository;

/** Port: the tenant's hot lists (the generic lifecycle; the filter and picks are stored as written). */
public interface HotListRepository extends EntityRepository<HotList, HotListInput> {}
