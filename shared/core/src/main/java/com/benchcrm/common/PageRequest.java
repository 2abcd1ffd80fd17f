package com.benchcrm.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * One page of a keyset-paginated list: at most {@code limit} rows after the row named by the
 * cursor.
 *
 * <p>Cursors are opaque to callers: {@code base64url("v1:" + kind + ":" + lastId)}. The kind
 * stops a consultants cursor from being replayed against requirements, and a cursor that does not
 * decode is an {@link InvalidRequestException}, never a silent first page.
 *
 * <pre>{@code
 * PageRequest page = PageRequest.parse("consultant", "25", cursorFromQuery);
 * Page<Consultant> result = consultants.list(caller, page);
 * }</pre>
 */
public record PageRequest(int limit, Optional<UUID> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    /** Parses the {@code limit} and {@code cursor} query parameters; either may be null. */
    public static PageRequest parse(String kind, String limit, String cursor) {
        int parsedLimit = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                parsedLimit = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("limit", "limit must be an integer between 1 and " + MAX_LIMIT);
            }
        }
        return new PageRequest(parsedLimit, Optional.ofNullable(cursor).map(c -> decodeCursor(kind, c)));
    }

    public static String encodeCursor(String kind, UUID lastId) {
        String raw = "v1:" + kind + ":" + lastId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static UUID decodeCursor(String kind, String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            String prefix = "v1:" + kind + ":";
            if (!raw.startsWith(prefix)) {
                throw new IllegalArgumentException("wrong cursor kind");
            }
            String id = raw.substring(prefix.length());
            if (id.length() != 36) {
                throw new IllegalArgumentException("bad id");
            }
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "cursor", "cursor is not valid for this list; start again without a cursor");
        }
    }
}
