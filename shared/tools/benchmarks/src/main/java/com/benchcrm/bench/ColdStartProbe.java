package com.benchcrm.bench;

import com.benchcrm.local.lambda.ApiGatewayV2Events;
import com.benchcrm.local.lambda.FunctionHost;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs in a fresh JVM: starts the HTTP API function through {@code FunctionInvoker}, as the Lambda
 * runtime does, hands it one event and prints how long that took since the JVM was launched.
 * Configuration comes from the {@code BENCHCRM_*} environment, as in Lambda.
 *
 * <p>Output: {@code FIRST_INVOCATION status=200 jvm_to_ready_ms=... invoke_ms=... jvm_uptime_ms=...}
 */
public final class ColdStartProbe {

    private ColdStartProbe() {}

    public static void main(String[] args) throws Exception {
        byte[] event = Files.readAllBytes(Path.of(args[0]));
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("BENCHCRM_")) {
                env.put(k, v);
            }
        });
        FunctionHost host = FunctionHost.start(
                "com.benchcrm.function.httpapi.HttpApiApplication", "httpApi", "benchcrm-http-api", env);
        long ready = ManagementFactory.getRuntimeMXBean().getUptime();
        long t0 = System.nanoTime();
        ApiGatewayV2Events.Response response = ApiGatewayV2Events.response(host.invoke(event));
        long invokeMs = (System.nanoTime() - t0) / 1_000_000;
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.println("FIRST_INVOCATION status=" + response.status() + " jvm_to_ready_ms=" + ready + " invoke_ms="
                + invokeMs + " jvm_uptime_ms=" + uptime + " body_bytes="
                + new String(response.body(), StandardCharsets.UTF_8).length());
        System.out.flush();
        System.exit(0);
    }
}
