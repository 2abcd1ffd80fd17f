package com.benchcrm.function.runtime.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs in a fresh JVM whose class path is the Lambda artifact (the shaded jar) plus this class:
 * what the Lambda Java runtime does, minus the runtime API. Invokes
 * {@code FunctionInvoker.handleRequest} once with an event file and prints the response.
 */
public final class ShadedJarSmoke {

    private ShadedJarSmoke() {}

    public static void main(String[] args) throws Exception {
        ClassLoader loader = ShadedJarSmoke.class.getClassLoader();
        Class<?> contextType = loader.loadClass("com.amazonaws.services.lambda.runtime.Context");
        Object context = Proxy.newProxyInstance(
                loader, new Class<?>[] {contextType}, (proxy, method, a) -> switch (method.getName()) {
                    case "getAwsRequestId" -> "smoke-request";
                    case "getFunctionName" ->
                        System.getenv().getOrDefault("AWS_LAMBDA_FUNCTION_NAME", "benchcrm-smoke");
                    case "getFunctionVersion" -> "$LATEST";
                    case "getInvokedFunctionArn" -> "arn:aws:lambda:us-east-1:123456789012:function:smoke";
                    case "getMemoryLimitInMB" -> 1024;
                    case "getRemainingTimeInMillis" -> 30_000;
                    case "getLogGroupName", "getLogStreamName" -> "smoke";
                    case "hashCode" -> 1;
                    case "equals" -> false;
                    case "toString" -> "SmokeContext";
                    default -> null;
                });
        Class<?> invokerType = loader.loadClass("org.springframework.cloud.function.adapter.aws.FunctionInvoker");
        Object invoker = invokerType.getConstructor().newInstance();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        invokerType
                .getMethod("handleRequest", java.io.InputStream.class, java.io.OutputStream.class, contextType)
                .invoke(invoker, new ByteArrayInputStream(Files.readAllBytes(Path.of(args[0]))), out, context);
        System.out.println("RESPONSE " + out.toString(StandardCharsets.UTF_8));
        System.exit(0);
    }
}
