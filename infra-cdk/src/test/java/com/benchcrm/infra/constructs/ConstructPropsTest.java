package com.benchcrm.infra.constructs;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.logs.RetentionDays;

/** The constructs' Props refuse wrong values before any resource is created. */
class ConstructPropsTest {

    private static IKey key;
    private static Code code;

    @BeforeAll
    static void fixtures() {
        key = new Key(new Stack(), "Key");
        code = Code.fromInline("fixture");
    }

    private static JavaFunction.Props.Builder function() {
        return JavaFunction.Props.builder()
                .description("test function")
                .code(code)
                .handler("com.example.Handler::handleRequest")
                .serviceName("test")
                .logKey(key);
    }

    @Test
    void javaFunction_withoutCode_isRefused() {
        assertThatThrownBy(() -> function().code(null).build()).hasMessageContaining("needs code");
    }

    @Test
    void javaFunction_tooLittleMemoryForJava_isRefused() {
        assertThatThrownBy(() -> function().memorySize(128).build())
                .hasMessageContaining("memorySize must be 256-10240");
    }

    @Test
    void javaFunction_settingAReservedVariable_isRefused() {
        assertThatThrownBy(() -> function()
                        .environment(Map.of("AWS_REGION", "us-east-1"))
                        .build())
                .hasMessageContaining("AWS_REGION is set by Lambda or by JavaFunction");
        assertThatThrownBy(() -> function()
                        .environment(Map.of("POWERTOOLS_SERVICE_NAME", "x"))
                        .build())
                .hasMessageContaining("POWERTOOLS_SERVICE_NAME");
    }

    @Test
    void javaFunction_badHandlerOrRetries_isRefused() {
        assertThatThrownBy(() -> function().handler("not a handler").build()).hasMessageContaining("handler");
        assertThatThrownBy(() -> function().retryAttempts(3).build()).hasMessageContaining("retryAttempts must be 0-2");
        assertThatThrownBy(() -> function().reservedConcurrency(0).build()).hasMessageContaining("reservedConcurrency");
    }

    @Test
    void queueWithDlq_outOfRangeRedriveOrRetention_isRefused() {
        assertThatThrownBy(() -> QueueWithDlq.Props.builder()
                        .encryptionKey(key)
                        .maxReceiveCount(0)
                        .build())
                .hasMessageContaining("maxReceiveCount must be 1-1000");
        assertThatThrownBy(() -> QueueWithDlq.Props.builder()
                        .encryptionKey(key)
                        .retention(Duration.days(15))
                        .build())
                .hasMessageContaining("retention must be 1 minute to 14 days");
        assertThatThrownBy(() -> QueueWithDlq.Props.builder().build()).hasMessageContaining("encryptionKey");
    }

    @Test
    void encryptedLogGroup_withoutKeyOrForever_isRefused() {
        assertThatThrownBy(() -> EncryptedLogGroup.Props.builder().build()).hasMessageContaining("encryptionKey");
        assertThatThrownBy(() -> EncryptedLogGroup.Props.builder()
                        .encryptionKey(key)
                        .retention(RetentionDays.INFINITE)
                        .build())
                .hasMessageContaining("finite retention");
    }
}
