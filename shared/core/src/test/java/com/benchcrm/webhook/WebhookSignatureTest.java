package com.benchcrm.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The Standard Webhooks reference vector (standard-webhooks libraries' tests). */
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TS = 1614265330L;
    static final String BODY = "{\"test\": 2432232314}";

    @Test
    void sign_referenceVector_matchesTheSpecification() {
        assertThat(WebhookSignature.sign(SECRET, ID, TS, BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void verify_ownHeaders_acceptsAndRefusesTamperingOldTimestampsAndOtherSecrets() {
        Instant now = Instant.ofEpochSecond(TS);
        Map<String, String> headers = WebhookSignature.headers(SECRET, ID, now, BODY);
        Duration tolerance = Duration.ofMinutes(5);

        assertThat(WebhookSignature.verify(SECRET, headers, BODY, now, tolerance))
                .isTrue();
        assertThat(WebhookSignature.verify(SECRET, headers, BODY + " ", now, tolerance))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, headers, BODY, now.plusSeconds(301), tolerance))
                .isFalse();
        assertThat(WebhookSignature.verify(WebhookSignature.newSecret(), headers, BODY, now, tolerance))
                .isFalse();
        Map<String, String> rotated = new HashMap<>(headers);
        rotated.put(WebhookSignature.SIGNATURE, "v1,bm90IGl0 " + headers.get(WebhookSignature.SIGNATURE));
        assertThat(WebhookSignature.verify(SECRET, rotated, BODY, now, tolerance))
                .as("one of several signatures")
                .isTrue();
        Map<String, String> otherId = new HashMap<>(headers);
        otherId.put(WebhookSignature.ID, "msg_other");
        assertThat(WebhookSignature.verify(SECRET, otherId, BODY, now, tolerance))
                .isFalse();
    }

    @Test
    void newSecret_isWhsecAnd32RandomBytes() {
        String a = WebhookSignature.newSecret();
        assertThat(a).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(a.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(a);
    }

    @Test
    void requireValid_referenceAndNewSecrets_areAccepted() {
        assertThatCode(() -> WebhookSignature.requireValid(SECRET)).doesNotThrowAnyException();
        assertThatCode(() -> WebhookSignature.requireValid(WebhookSignature.newSecret()))
                .doesNotThrowAnyException();
        // what a deployment generates: 64 alphanumerics are base64 of 48 bytes
        assertThatCode(() -> WebhookSignature.requireValid("whsec_" + "aB3".repeat(21) + "x"))
                .doesNotThrowAnyException();
    }

    @Test
    void requireValid_badSecrets_areRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> WebhookSignature.requireValid("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .hasMessageContaining("starts with whsec_")
                .hasMessageNotContaining("MfKQ9r8");
        assertThatThrownBy(() -> WebhookSignature.requireValid("whsec_not base64!"))
                .hasMessageContaining("base64")
                .hasMessageNotContaining("not base64!");
        assertThatThrownBy(() -> WebhookSignature.requireValid("whsec_c2hvcnQ="))
                .hasMessageContaining("24 to 64 bytes, not 5");
        assertThatThrownBy(() -> WebhookSignature.requireValid(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
