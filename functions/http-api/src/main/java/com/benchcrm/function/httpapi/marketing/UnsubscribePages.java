package com.benchcrm.function.httpapi.marketing;

import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.marketing.Html;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small HTML pages of the public unsubscribe route: a confirmation with a one-button form (a
 * {@code GET} never unsubscribes: link scanners follow links), the result, and one page for every
 * invalid token that says nothing about which addresses exist.
 */
final class UnsubscribePages {

    private UnsubscribePages() {}

    static HttpResponse confirm(String email, String path) {
        return page(
                200,
                "Unsubscribe",
                "<p>Stop marketing mail to <strong>" + Html.text(mask(email)) + "</strong>?</p>"
                        + "<form method=\"post\" action=\"" + Html.text(path) + "\">"
                        + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                        + "<button type=\"submit\">Unsubscribe</button></form>");
    }

    static HttpResponse done(String email) {
        return page(
                200,
                "Unsubscribed",
                "<p>" + Html.text(mask(email)) + " will get no more marketing mail from this sender.</p>");
    }

    static HttpResponse invalid() {
        return page(404, "Link not valid", "<p>This unsubscribe link is not valid. Reply to the mail instead.</p>");
    }

    /** "p***@vendor.example": enough for the reader to recognise, not to harvest. */
    static String mask(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? email : email.charAt(0) + "***" + email.substring(at);
    }

    private static HttpResponse page(int status, String title, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "text/html; charset=utf-8");
        headers.put("cache-control", "no-store");
        return new HttpResponse(
                status,
                headers,
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html.text(title)
                        + "</title></head><body><main><h1>" + Html.text(title) + "</h1>" + body
                        + "</main></body></html>");
    }
}
