package com.benchcrm.webhook;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DestinationGuardTest {

    static final Map<String, String> DNS = Map.of(
            "hooks.partner.example", "93.184.216.34",
            "metadata.evil.example", "169.254.169.254",
            "intranet.evil.example", "10.1.2.3",
            "cgnat.evil.example", "100.64.0.7",
            "v6private.evil.example", "fd00::1",
            "localhost", "127.0.0.1");

    static InetAddress[] resolve(String host) throws UnknownHostException {
        String ip = DNS.get(host);
        if (ip == null) {
            try {
                return new InetAddress[] {InetAddress.getByName(host)}; // literal addresses only
            } catch (UnknownHostException e) {
                throw e;
            }
        }
        return new InetAddress[] {InetAddress.getByName(ip)};
    }

    final DestinationGuard aws = new DestinationGuard(false, DestinationGuardTest::resolve);
    final DestinationGuard embedded = new DestinationGuard(true, DestinationGuardTest::resolve);

    @Test
    void awsMode_publicHttps_isAllowed() {
        assertThatCode(() -> aws.check(URI.create("https://hooks.partner.example/benchcrm")))
                .doesNotThrowAnyException();
    }

    @Test
    void awsMode_privateLoopbackLinkLocalAndCgnat_areRefused() {
        for (String url : new String[] {
            "https://metadata.evil.example/latest",
            "https://intranet.evil.example/",
            "https://cgnat.evil.example/",
            "https://v6private.evil.example/",
            "https://localhost:8443/",
            "https://127.0.0.1/",
            "https://[::1]/",
            "https://0.0.0.0/",
            "https://169.254.169.254/",
            "https://[::ffff:10.0.0.1]/"
        }) {
            assertThatThrownBy(() -> aws.check(URI.create(url))).as(url).isInstanceOf(UnsafeDestinationException.class);
        }
    }

    @Test
    void awsMode_plainHttpCredentialsAndOtherSchemes_areRefused() {
        assertThatThrownBy(() -> aws.check(URI.create("http://hooks.partner.example/")))
                .hasMessageContaining("https");
        assertThatThrownBy(() -> aws.check(URI.create("https://user:pw@hooks.partner.example/")))
                .hasMessageContaining("credentials");
        assertThatThrownBy(() -> aws.check(URI.create("ftp://hooks.partner.example/")))
                .hasMessageContaining("https");
        assertThatThrownBy(() -> aws.check(URI.create("https://does-not-resolve.invalid/")))
                .hasMessageContaining("resolve");
    }

    @Test
    void embeddedMode_allowsLoopbackOverHttp_butStillRefusesPrivateNetworks() {
        assertThatCode(() -> embedded.check(URI.create("http://127.0.0.1:9000/hook")))
                .doesNotThrowAnyException();
        assertThatCode(() -> embedded.check(URI.create("http://localhost:9000/hook")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> embedded.check(URI.create("http://intranet.evil.example/")))
                .isInstanceOf(UnsafeDestinationException.class);
        assertThatThrownBy(() -> embedded.check(URI.create("https://metadata.evil.example/")))
                .isInstanceOf(UnsafeDestinationException.class);
        assertThatThrownBy(() -> embedded.check(URI.create("http://hooks.partner.example/")))
                .hasMessageContaining("https");
    }
}
