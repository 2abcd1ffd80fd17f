package com.benchcrm.function.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

class LambdaFunctionTest {

    static Context context(String requestId) {
        return (Context) Proxy.newProxyInstance(
                Context.class.getClassLoader(), new Class<?>[] {Context.class}, (p, m, a) -> switch (m.getName()) {
                    case "getAwsRequestId" -> requestId;
                    case "getFunctionName" -> "benchcrm-test";
                    case "getRemainingTimeInMillis" -> 12_345;
                    case "getMemoryLimitInMB" -> 512;
                    case "hashCode" -> 1;
                    case "equals" -> false;
                    default -> null;
                });
    }

    @Test
    void apply_withTheLambdaContextHeader_handsTheHandlerTheBytesAndTheContext() {
        LambdaFunction<String> function = new LambdaFunction<>(i -> new String(i.event(), StandardCharsets.UTF_8) + "|"
                + i.requestId() + "|" + i.remainingMillis().orElseThrow());
        Message<byte[]> message = MessageBuilder.withPayload("[1,2]".getBytes(StandardCharsets.UTF_8))
                .setHeader(AWSLambdaUtils.AWS_CONTEXT, context("req-1"))
                .build();

        assertThat(function.apply(message)).isEqualTo("[1,2]|req-1|12345");
    }

    @Test
    void apply_withoutAContext_handsTheBytesAndAFreshRequestId() {
        LambdaFunction<String> function = new LambdaFunction<>(
                i -> i.context().isPresent() + "|" + i.requestId().length());

        assertThat(function.apply(MessageBuilder.withPayload(new byte[0]).build()))
                .isEqualTo("false|36");
    }

    @Test
    void functionBeans_buildTheRootOnceBeforeTheFunction_andRegisterItsPriming() {
        AtomicInteger created = new AtomicInteger();
        AtomicInteger primed = new AtomicInteger();
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            FunctionBeans beans = FunctionBeans.of(context);
            Supplier<StringBuilder> root = beans.root(
                    StringBuilder.class,
                    () -> {
                        created.incrementAndGet();
                        return new StringBuilder("root");
                    },
                    "the test function",
                    sb -> primed.incrementAndGet());
            beans.function(
                    "echo", String.class, () -> i -> root.get() + ":" + new String(i.event(), StandardCharsets.UTF_8));
            context.refresh();

            @SuppressWarnings("unchecked")
            FunctionRegistration<Function<Message<byte[]>, String>> registration =
                    context.getBean("echo", FunctionRegistration.class);
            String answer = registration
                    .getTarget()
                    .apply(MessageBuilder.withPayload("x".getBytes(StandardCharsets.UTF_8))
                            .build());
            context.getBean(StringBuilder.class.getName() + ".priming", SnapStartPriming.class)
                    .prime();

            assertThat(answer).isEqualTo("root:x");
            assertThat(registration.getNames()).containsExactly("echo");
            assertThat(registration.getType().toString())
                    .contains("Message<byte[]>")
                    .contains("String");
            assertThat(created.get()).isEqualTo(1);
            assertThat(primed.get()).isEqualTo(1);
        }
    }
}
