package com.benchcrm.demo;

import com.benchcrm.common.Location;
import com.benchcrm.common.Rate;
import com.benchcrm.requirement.Seniority;
import com.benchcrm.requirement.WorkMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Titles and labels in the way recruiters and vendor mails write them. */
final class Wording {

    static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private Wording() {}

    /** "Sr. Java Developer", "Lead SDET", "Azure Architect"... */
    static String title(Dice dice, Track track, Seniority seniority) {
        String base = dice.chance(0.6) ? track.title() : dice.pick(track.titles());
        return switch (seniority) {
            case JUNIOR -> (dice.chance(0.5) ? "Junior " : "Jr. ") + base;
            case MID -> base;
            case SENIOR -> (dice.chance(0.5) ? "Senior " : "Sr. ") + base;
            case LEAD -> "Lead " + base;
            case PRINCIPAL ->
                track.architectTitle() != null && dice.chance(0.7) ? track.architectTitle() : "Principal " + base;
        };
    }

    static String seniority(Seniority seniority) {
        return switch (seniority) {
            case JUNIOR -> "junior";
            case MID -> "mid-level";
            case SENIOR -> "senior";
            case LEAD -> "lead";
            case PRINCIPAL -> "principal/architect";
        };
    }

    static String workMode(WorkMode mode) {
        return switch (mode) {
            case REMOTE -> "Remote";
            case HYBRID -> "Hybrid";
            case ONSITE -> "Onsite";
        };
    }

    static String place(Location location) {
        return location.city() + ", " + location.state();
    }

    /** "$78/hr C2C". */
    static String rate(Rate rate) {
        return "$" + rate.amount().toPlainString() + "/hr "
                + rate.employmentType().code();
    }

    static String date(LocalDate date, boolean withYear) {
        return (withYear ? MONTH_DAY_YEAR : MONTH_DAY).format(date);
    }
}
