package com.benchcrm.matching;

/** A hard filter the consultant failed, what it did, and why, in a recruiter's words. */
public record MatchFlag(HardFilter filter, FilterAction action, String reason) {}
