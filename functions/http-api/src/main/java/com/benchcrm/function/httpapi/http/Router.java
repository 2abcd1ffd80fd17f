package com.benchcrm.function.httpapi.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps {@code METHOD /path/{param}} templates to handlers.
 *
 * <pre>{@code
 * router.add("GET", "/v1/consultants/{id}", false, (req, caller) -> ...);
 * router.add("GET", "/v1/interviews/{id}.ics", false, ...);   // a parameter with a literal suffix; register it before /{id}
 * Router.Match m = router.match("GET", "/v1/consultants/0193...");
 * }</pre>
 */
public final class Router {

    private final List<Route> routes = new ArrayList<>();

    /** @param isPublic true for routes that need no token ({@code /health}) */
    public Router add(String method, String template, boolean isPublic, Handler handler) {
        return add(method, template, isPublic, 0, handler);
    }

    /**
     * A route with its own body limit (uploads: raw mail, resumes), up to what API Gateway accepts
     * (10 MB); 0 means the API's default limit.
     */
    public Router add(String method, String template, boolean isPublic, int maxBodyBytes, Handler handler) {
        routes.add(new Route(method, template, split(template), isPublic, maxBodyBytes, handler));
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The matching route, or why none matched. */
    public Match match(String method, String path) {
        String[] segments = split(path);
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.bind(segments);
            if (params.isPresent()) {
                if (route.method().equals(method)) {
                    return new Match(route, params.get(), Set.of());
                }
                allowed.add(route.method());
            }
        }
        return new Match(null, Map.of(), allowed);
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    /** A route template. */
    public record Route(
            String method, String template, String[] segments, boolean isPublic, int maxBodyBytes, Handler handler) {

        Optional<Map<String, String>> bind(String[] path) {
            if (path.length != segments.length) {
                return Optional.empty();
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < segments.length; i++) {
                String s = segments[i];
                int close = s.indexOf('}');
                if (s.startsWith("{") && s.endsWith("}")) {
                    if (path[i].isEmpty()) {
                        return Optional.empty();
                    }
                    params.put(s.substring(1, s.length() - 1), path[i]);
                } else if (s.startsWith("{") && close > 1) {
                    // a parameter with a literal suffix, such as {id}.ics: the segment must end with it
                    String suffix = s.substring(close + 1);
                    if (path[i].length() <= suffix.length() || !path[i].endsWith(suffix)) {
                        return Optional.empty();
                    }
                    params.put(s.substring(1, close), path[i].substring(0, path[i].length() - suffix.length()));
                } else if (!s.equals(path[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(params);
        }
    }

    /**
     * @param route   null when nothing matched
     * @param allowed the methods the path supports when only the method was wrong (a 405)
     */
    public record Match(Route route, Map<String, String> params, Set<String> allowed) {}
}
