package com.benchcrm.function.httpapi.http;

import com.benchcrm.security.Caller;

/** Serves one route. {@code caller} is null only on public routes. */
@FunctionalInterface
public interface Handler {

    HttpResponse handle(HttpRequest request, Caller caller);
}
