package com.benchcrm.function.httpapi.http;

import java.util.List;

/** The body of {@code PUT .../tags}: the record's tags, replacing the ones it has ({@code []} removes all). */
public record TagsBody(List<String> tags) {}
