package com.benchcrm.demo;

import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.requirement.RequirementInput;
import java.util.List;

/**
 * A generated bench and the vendor requirements to market it against, ready for create calls, with
 * the companies and contacts the requirements came through ({@link DemoCompanies}: each requirement's
 * vendor, contact and chain, by {@code externalRef}).
 */
public record DemoDataSet(
        List<ConsultantInput> consultants, List<RequirementInput> requirements, DemoCompanies companies) {

    public DemoDataSet {
        consultants = List.copyOf(consultants);
        requirements = List.copyOf(requirements);
    }
}
