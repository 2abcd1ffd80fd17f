package com.benchcrm.demo;

import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.requirement.Seniority;

/** A generated consultant together with the profile it was drawn from (for tests and tuning). */
record GeneratedConsultant(RoleFamily family, Track track, Seniority seniority, ConsultantInput input) {}
