package com.benchcrm.demo;

import com.benchcrm.requirement.RequirementInput;

/**
 * A generated requirement together with the profile it was drawn from; {@code designedToMatch} says
 * whether its required skills were chosen so that at least three consultants on the bench hold them all.
 */
record GeneratedRequirement(RoleFamily family, Track track, boolean designedToMatch, RequirementInput input) {}
