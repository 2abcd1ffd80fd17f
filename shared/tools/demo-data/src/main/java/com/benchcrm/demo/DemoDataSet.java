package com.benchcrm.demo;

import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.requirement.RequirementInput;
import java.util.List;

/** A generated bench and the vendor requirements to market it against, ready for create calls. */
public record DemoDataSet(List<ConsultantInput> consultants, List<RequirementInput> requirements) {

    public DemoDataSet {
        consultants = List.copyOf(consultants);
        requirements = List.copyOf(requirements);
    }
}
