package com.benchcrm.consultant;

import java.time.LocalDate;

/** When a consultant can start: available now, on a project until a date, or not available. */
public record Availability(AvailabilityStatus status, LocalDate availableFrom) {}
