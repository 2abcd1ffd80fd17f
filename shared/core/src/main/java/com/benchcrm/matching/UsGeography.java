package com.benchcrm.matching;

import com.benchcrm.common.Location;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small built-in gazetteer: coordinates of the US metros bench sales works in (every demo metro and
 * the larger tech markets), each state's main time zone, and the great-circle distance. Coordinates
 * are city centres rounded to 0.01 degree (about a kilometre), which is finer than a commute needs.
 * Unknown cities fall back to the state (time zone, "same state") in {@link MatchEngine}.
 */
public final class UsGeography {

    record Point(double lat, double lon) {}

    private static final double EARTH_RADIUS_MILES = 3958.8;
    private static final Map<String, Point> CITIES = new HashMap<>();
    private static final Map<String, Integer> STATE_UTC_OFFSET = new HashMap<>();
    private static final Map<String, String> STATE_NAMES = new HashMap<>();
    private static final Map<String, String> STATES = new java.util.LinkedHashMap<>();

    static {
        city("Seattle", "WA", 47.61, -122.33);
        city("Bellevue", "WA", 47.61, -122.20);
        city("Redmond", "WA", 47.67, -122.12);
        city("Portland", "OR", 45.52, -122.68);
        city("San Francisco", "CA", 37.77, -122.42);
        city("Oakland", "CA", 37.80, -122.27);
        city("San Jose", "CA", 37.34, -121.89);
        city("Santa Clara", "CA", 37.35, -121.96);
        city("Sunnyvale", "CA", 37.37, -122.04);
        city("Sacramento", "CA", 38.58, -121.49);
        city("Los Angeles", "CA", 34.05, -118.24);
        city("Irvine", "CA", 33.68, -117.83);
        city("San Diego", "CA", 32.72, -117.16);
        city("Phoenix", "AZ", 33.45, -112.07);
        city("Scottsdale", "AZ", 33.49, -111.93);
        city("Tempe", "AZ", 33.43, -111.94);
        city("Las Vegas", "NV", 36.17, -115.14);
        city("Salt Lake City", "UT", 40.76, -111.89);
        city("Denver", "CO", 39.74, -104.99);
        city("Boise", "ID", 43.62, -116.20);
        city("Albuquerque", "NM", 35.08, -106.65);
        city("Dallas", "TX", 32.78, -96.80);
        city("Irving", "TX", 32.81, -96.95);
        city("Plano", "TX", 33.02, -96.70);
        city("Frisco", "TX", 33.15, -96.82);
        city("Fort Worth", "TX", 32.76, -97.33);
        city("Houston", "TX", 29.76, -95.37);
        city("Austin", "TX", 30.27, -97.74);
        city("San Antonio", "TX", 29.42, -98.49);
        city("Oklahoma City", "OK", 35.47, -97.52);
        city("Tulsa", "OK", 36.15, -95.99);
        city("Kansas City", "MO", 39.10, -94.58);
        city("Overland Park", "KS", 38.98, -94.67);
        city("St. Louis", "MO", 38.63, -90.20);
        city("Omaha", "NE", 41.26, -95.93);
        city("Des Moines", "IA", 41.59, -93.62);
        city("Minneapolis", "MN", 44.98, -93.27);
        city("St. Paul", "MN", 44.95, -93.09);
        city("Milwaukee", "WI", 43.04, -87.91);
        city("Madison", "WI", 43.07, -89.40);
        city("Chicago", "IL", 41.88, -87.63);
        city("Indianapolis", "IN", 39.77, -86.16);
        city("Detroit", "MI", 42.33, -83.05);
        city("Columbus", "OH", 39.96, -83.00);
        city("Cincinnati", "OH", 39.10, -84.51);
        city("Cleveland", "OH", 41.50, -81.69);
        city("Louisville", "KY", 38.25, -85.76);
        city("Nashville", "TN", 36.16, -86.78);
        city("Memphis", "TN", 35.15, -90.05);
        city("Atlanta", "GA", 33.75, -84.39);
        city("Alpharetta", "GA", 34.08, -84.29);
        city("Birmingham", "AL", 33.52, -86.80);
        city("New Orleans", "LA", 29.95, -90.07);
        city("Tampa", "FL", 27.95, -82.46);
        city("Orlando", "FL", 28.54, -81.38);
        city("Miami", "FL", 25.76, -80.19);
        city("Jacksonville", "FL", 30.33, -81.66);
        city("Charlotte", "NC", 35.23, -80.84);
        city("Raleigh", "NC", 35.78, -78.64);
        city("Durham", "NC", 35.99, -78.90);
        city("Columbia", "SC", 34.00, -81.03);
        city("Greenville", "SC", 34.85, -82.40);
        city("Richmond", "VA", 37.54, -77.44);
        city("Reston", "VA", 38.96, -77.36);
        city("Herndon", "VA", 38.97, -77.39);
        city("McLean", "VA", 38.93, -77.18);
        city("Arlington", "VA", 38.88, -77.10);
        city("Washington", "DC", 38.91, -77.04);
        city("Baltimore", "MD", 39.29, -76.61);
        city("Philadelphia", "PA", 39.95, -75.17);
        city("Pittsburgh", "PA", 40.44, -80.00);
        city("Wilmington", "DE", 39.74, -75.55);
        city("Jersey City", "NJ", 40.73, -74.08);
        city("Newark", "NJ", 40.74, -74.17);
        city("Edison", "NJ", 40.52, -74.41);
        city("Princeton", "NJ", 40.36, -74.67);
        city("Parsippany", "NJ", 40.86, -74.43);
        city("New York", "NY", 40.71, -74.01);
        city("Brooklyn", "NY", 40.68, -73.94);
        city("Albany", "NY", 42.65, -73.76);
        city("Buffalo", "NY", 42.89, -78.88);
        city("Rochester", "NY", 43.16, -77.61);
        city("Stamford", "CT", 41.05, -73.54);
        city("Hartford", "CT", 41.77, -72.67);
        city("Boston", "MA", 42.36, -71.06);
        city("Providence", "RI", 41.82, -71.41);
        city("Honolulu", "HI", 21.31, -157.86);
        city("Anchorage", "AK", 61.22, -149.90);
        alias("New York City", "NY", "New York");
        alias("NYC", "NY", "New York");
        alias("Manhattan", "NY", "New York");
        alias("Washington D.C.", "DC", "Washington");
        alias("Saint Louis", "MO", "St. Louis");
        alias("Saint Paul", "MN", "St. Paul");

        zone(
                -5, "CT", "DE", "DC", "FL", "GA", "IN", "KY", "ME", "MD", "MA", "MI", "NH", "NJ", "NY", "NC", "OH",
                "PA", "RI", "SC", "VT", "VA", "WV");
        zone(-6, "AL", "AR", "IL", "IA", "KS", "LA", "MN", "MS", "MO", "NE", "ND", "OK", "SD", "TN", "TX", "WI");
        zone(-7, "AZ", "CO", "ID", "MT", "NM", "UT", "WY");
        zone(-8, "CA", "NV", "OR", "WA");
        zone(-9, "AK");
        zone(-10, "HI");

        String[] names = {
            "AL",
            "Alabama",
            "AK",
            "Alaska",
            "AZ",
            "Arizona",
            "AR",
            "Arkansas",
            "CA",
            "California",
            "CO",
            "Colorado",
            "CT",
            "Connecticut",
            "DE",
            "Delaware",
            "DC",
            "District of Columbia",
            "FL",
            "Florida",
            "GA",
            "Georgia",
            "HI",
            "Hawaii",
            "ID",
            "Idaho",
            "IL",
            "Illinois",
            "IN",
            "Indiana",
            "IA",
            "Iowa",
            "KS",
            "Kansas",
            "KY",
            "Kentucky",
            "LA",
            "Louisiana",
            "ME",
            "Maine",
            "MD",
            "Maryland",
            "MA",
            "Massachusetts",
            "MI",
            "Michigan",
            "MN",
            "Minnesota",
            "MS",
            "Mississippi",
            "MO",
            "Missouri",
            "MT",
            "Montana",
            "NE",
            "Nebraska",
            "NV",
            "Nevada",
            "NH",
            "New Hampshire",
            "NJ",
            "New Jersey",
            "NM",
            "New Mexico",
            "NY",
            "New York",
            "NC",
            "North Carolina",
            "ND",
            "North Dakota",
            "OH",
            "Ohio",
            "OK",
            "Oklahoma",
            "OR",
            "Oregon",
            "PA",
            "Pennsylvania",
            "RI",
            "Rhode Island",
            "SC",
            "South Carolina",
            "SD",
            "South Dakota",
            "TN",
            "Tennessee",
            "TX",
            "Texas",
            "UT",
            "Utah",
            "VT",
            "Vermont",
            "VA",
            "Virginia",
            "WA",
            "Washington",
            "WV",
            "West Virginia",
            "WI",
            "Wisconsin",
            "WY",
            "Wyoming"
        };
        for (int i = 0; i < names.length; i += 2) {
            STATE_NAMES.put(names[i + 1].toLowerCase(Locale.ROOT), names[i]);
            STATES.put(names[i], names[i + 1]);
        }
    }

    private UsGeography() {}

    /** The states and DC, postal code to name ("TX" -> "Texas"), in alphabetical order of name. */
    public static Map<String, String> states() {
        return java.util.Collections.unmodifiableMap(STATES);
    }

    private static void city(String name, String state, double lat, double lon) {
        CITIES.put(key(name, state), new Point(lat, lon));
    }

    private static void alias(String name, String state, String canonical) {
        CITIES.put(key(name, state), CITIES.get(key(canonical, state)));
    }

    private static void zone(int offset, String... states) {
        for (String s : states) {
            STATE_UTC_OFFSET.put(s, offset);
        }
    }

    private static String key(String city, String state) {
        return normalizeCity(city) + "|" + state;
    }

    static String normalizeCity(String city) {
        String c = city.trim().toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ");
        return c.startsWith("saint ") ? "st " + c.substring(6) : c;
    }

    /** The two-letter code of a US state given as a code or a name; empty when not a US state. */
    static Optional<String> stateCode(String state) {
        if (state == null || state.isBlank()) {
            return Optional.empty();
        }
        String s = state.trim();
        if (s.length() == 2 && STATE_UTC_OFFSET.containsKey(s.toUpperCase(Locale.ROOT))) {
            return Optional.of(s.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(STATE_NAMES.get(s.toLowerCase(Locale.ROOT)));
    }

    static boolean isUs(Location l) {
        return l != null
                && (l.country() == null || "US".equalsIgnoreCase(l.country()))
                && stateCode(l.state()).isPresent();
    }

    static Optional<Point> point(Location l) {
        if (l == null || l.city() == null || l.city().isBlank()) {
            return Optional.empty();
        }
        return stateCode(l.state()).map(s -> CITIES.get(key(l.city(), s)));
    }

    /** Standard-time UTC offset of the state's main time zone (DST is the same shift almost everywhere). */
    static Optional<Integer> utcOffset(Location l) {
        return l == null ? Optional.empty() : stateCode(l.state()).map(STATE_UTC_OFFSET::get);
    }

    static String zoneName(int offset) {
        return switch (offset) {
            case -5 -> "Eastern";
            case -6 -> "Central";
            case -7 -> "Mountain";
            case -8 -> "Pacific";
            case -9 -> "Alaska";
            case -10 -> "Hawaii";
            default -> "UTC" + offset;
        };
    }

    /** Great-circle distance in miles (haversine). */
    static double miles(Point a, Point b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat()))
                        * Math.cos(Math.toRadians(b.lat()))
                        * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
