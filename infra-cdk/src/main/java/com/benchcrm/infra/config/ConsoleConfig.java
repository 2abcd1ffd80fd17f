package com.benchcrm.infra.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The web console's sign-in and hosting ({@code "console"} in the tenants file): a Cognito user pool
 * whose hosted sign-in the console uses (code + PKCE), and the console on CloudFront. With it the HTTP
 * API trusts the user pool's tokens (and the file has no {@code auth}).
 *
 * <pre>{@code
 * "console": {
 *   "cognitoDomainPrefix": "benchcrm-dev-login",
 *   "callbackUrls": ["https://console.benchcrm.example/auth/callback", "https://console.benchcrm.example/auth/silent"],
 *   "logoutUrls": ["https://console.benchcrm.example/signed-out"],
 *   "mfa": "optional"
 * }
 * }</pre>
 *
 * @param cognitoDomainPrefix the hosted sign-in's domain, {@code https://<prefix>.auth.<region>.amazoncognito.com}
 * @param callbackUrls        where Cognito may send the code: the console's {@code /auth/callback} and {@code /auth/silent}
 *                            (https; {@code http://localhost} for a developer's console)
 * @param logoutUrls          where Cognito may send the browser after signing out ({@code /signed-out})
 * @param mfa                 {@code off}, {@code optional} (each user may add TOTP) or {@code required}
 * @param accessTokenMinutes  access and ID token lifetime (5-60, default 15)
 * @param refreshTokenHours   how long a sign-in lasts without signing in again (1-720, default 10)
 */
public record ConsoleConfig(
        String cognitoDomainPrefix,
        List<String> callbackUrls,
        List<String> logoutUrls,
        String mfa,
        int accessTokenMinutes,
        int refreshTokenHours) {

    private static final Pattern PREFIX = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$");
    public static final List<String> MFA = List.of("off", "optional", "required");

    @JsonCreator
    public ConsoleConfig(
            @JsonProperty(value = "cognitoDomainPrefix", required = true) String cognitoDomainPrefix,
            @JsonProperty(value = "callbackUrls", required = true) List<String> callbackUrls,
            @JsonProperty(value = "logoutUrls", required = true) List<String> logoutUrls,
            @JsonProperty("mfa") String mfa,
            @JsonProperty("accessTokenMinutes") Integer accessTokenMinutes,
            @JsonProperty("refreshTokenHours") Integer refreshTokenHours) {
        this(
                cognitoDomainPrefix,
                callbackUrls == null ? List.of() : List.copyOf(callbackUrls),
                logoutUrls == null ? List.of() : List.copyOf(logoutUrls),
                mfa == null ? "optional" : mfa.toLowerCase(Locale.ROOT),
                accessTokenMinutes == null ? 15 : accessTokenMinutes,
                refreshTokenHours == null ? 10 : refreshTokenHours);
    }

    /** Every rule the section breaks. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (cognitoDomainPrefix == null
                || !PREFIX.matcher(cognitoDomainPrefix).matches()
                || cognitoDomainPrefix.contains("cognito")
                || cognitoDomainPrefix.contains("aws")
                || cognitoDomainPrefix.contains("amazon")) {
            problems.add(
                    "console.cognitoDomainPrefix must be 1-63 lower-case letters, digits or dashes, without aws, amazon "
                            + "or cognito: " + cognitoDomainPrefix);
        }
        if (callbackUrls.isEmpty()) {
            problems.add("console.callbackUrls must list the console's /auth/callback");
        }
        urls("console.callbackUrls", callbackUrls, problems);
        if (logoutUrls.isEmpty()) {
            problems.add("console.logoutUrls must list the console's /signed-out");
        }
        urls("console.logoutUrls", logoutUrls, problems);
        if (!MFA.contains(mfa)) {
            problems.add("console.mfa must be off, optional or required, not " + mfa);
        }
        if (accessTokenMinutes < 5 || accessTokenMinutes > 60) {
            problems.add("console.accessTokenMinutes must be 5-60");
        }
        if (refreshTokenHours < 1 || refreshTokenHours > 720) {
            problems.add("console.refreshTokenHours must be 1-720");
        }
        return problems;
    }

    private static void urls(String field, List<String> urls, List<String> problems) {
        for (String url : urls) {
            try {
                URI u = URI.create(url);
                boolean local = "http".equals(u.getScheme()) && "localhost".equals(u.getHost());
                if (!("https".equals(u.getScheme()) || local) || u.getHost() == null || u.getRawFragment() != null) {
                    problems.add(field + ": " + url + " must be https (or http://localhost) without a fragment");
                }
            } catch (RuntimeException e) {
                problems.add(field + ": " + url + " is not a URL");
            }
        }
    }
}
