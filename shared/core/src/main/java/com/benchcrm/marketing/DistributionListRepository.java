package com.benchcrm.marketing;

import com.benchcrm.lifecycle.EntityRepository;

/** Port: the tenant's distribution lists (the generic lifecycle; contacts kept in the order written). */
public interface DistributionListRepository extends EntityRepository<DistributionList, DistributionListInput> {}
