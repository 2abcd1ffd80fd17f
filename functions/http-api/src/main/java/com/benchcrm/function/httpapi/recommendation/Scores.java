package com.benchcrm.function.httpapi.recommendation;

/**
 * A consultant-requirement pair's scores, rounded to four places ({@code Score} in the OpenAPI document).
 *
 * @param calibrated false until outcomes exist: the probability is then the engine's estimate
 */
public record Scores(double matchScore, double successProbability, boolean calibrated) {

    static Scores of(double matchScore, double successProbability, boolean calibrated) {
        return new Scores(Rounding.round(matchScore), Rounding.round(successProbability), calibrated);
    }
}
