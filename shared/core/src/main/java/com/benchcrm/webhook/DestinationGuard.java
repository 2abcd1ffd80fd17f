package com.benchcrm.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses webhook destinations that would let a tenant make BenchCRM call into its own network
 * (SSRF): in AWS every address the host resolves to must be public: not loopback, private
 * (RFC 1918, unique-local), link-local (which includes the instance metadata address
 * 169.254.169.254), carrier-grade NAT, multicast, unspecified or reserved; and the scheme is https.
 * The embedded stack allows loopback receivers (over http too), so a person can watch deliveries
 * arrive on their laptop.
 *
 * <p>Checked when a subscription is created and again right before every attempt (DNS can change
 * in between). Redirects are never followed.
 *
 * <pre>{@code
 * DestinationGuard guard = DestinationGuard.publicOnly();
 * guard.check(URI.create("https://hooks.partner.example/benchcrm"));   // or UnsafeDestinationException
 * }</pre>
 */
public final class DestinationGuard {

    /** Resolves a host name to its addresses. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowLoopback;
    private final Resolver resolver;

    public DestinationGuard(boolean allowLoopback, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    /** AWS mode: https to public addresses only. */
    public static DestinationGuard publicOnly() {
        return new DestinationGuard(false, InetAddress::getAllByName);
    }

    /** Embedded stack: also loopback receivers, over http or https. */
    public static DestinationGuard allowingLoopback() {
        return new DestinationGuard(true, InetAddress::getAllByName);
    }

    public boolean allowsLoopback() {
        return allowLoopback;
    }

    /** @throws UnsafeDestinationException with a reason a partner can act on */
    public void check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new UnsafeDestinationException("the URL must be https");
        }
        if (url.getRawUserInfo() != null) {
            throw new UnsafeDestinationException("the URL must not contain credentials");
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            throw new UnsafeDestinationException("the URL has no host");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new UnsafeDestinationException("the host " + host + " does not resolve");
        }
        if (addresses.length == 0) {
            throw new UnsafeDestinationException("the host " + host + " does not resolve");
        }
        boolean allLoopback = true;
        for (InetAddress a : addresses) {
            boolean loopback = a.isLoopbackAddress();
            allLoopback &= loopback;
            if (loopback && allowLoopback) {
                continue;
            }
            String why = nonPublicReason(a);
            if (why != null) {
                throw new UnsafeDestinationException("the host " + host + " resolves to a " + why
                        + " address; webhooks go to public addresses only");
            }
        }
        if (scheme.equals("http") && !(allowLoopback && allLoopback)) {
            throw new UnsafeDestinationException("the URL must be https");
        }
    }

    /** Why an address is not public, or null when it is. */
    static String nonPublicReason(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local";
        }
        if (a.isSiteLocalAddress()) {
            return "private";
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return "private (unique-local)";
            }
            if (isV4Mapped(b)) {
                try {
                    return nonPublicReason(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return "malformed";
                }
            }
            if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x01 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8) {
                return "documentation";
            }
            return null;
        }
        if (a instanceof Inet4Address) {
            int o0 = b[0] & 0xFF;
            int o1 = b[1] & 0xFF;
            if (o0 == 0) {
                return "unspecified";
            }
            if (o0 == 100 && o1 >= 64 && o1 <= 127) {
                return "carrier-grade NAT";
            }
            if (o0 == 192 && o1 == 0 && (b[2] & 0xFF) == 0) {
                return "reserved";
            }
            if (o0 == 198 && (o1 == 18 || o1 == 19)) {
                return "benchmarking";
            }
            if (o0 >= 240) {
                return "reserved";
            }
        }
        return null;
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
    }
}
