package com.benchcrm.local.lambda;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.cloud.function.adapter.aws.FunctionInvoker;

/**
 * Hosts one function behind Spring Cloud Function's {@link FunctionInvoker}, the class that is the
 * Lambda handler in AWS, and invokes it with raw event JSON, as the Lambda runtime does.
 *
 * <pre>{@code
 * FunctionHost host = FunctionHost.start("com.benchcrm.function.httpapi.HttpApiApplication", "httpApi", "http-api", env);
 * byte[] response = host.invoke(eventJson);
 * }</pre>
 *
 * <p>Lambda runs one invocation per instance at a time; the embedded stack serves concurrent
 * requests through one instance, which the function code supports (it holds no per-request state).
 */
public final class FunctionHost {

    /** The MDC key of the service name (the local log layout's {@code service}). */
    public static final String SERVICE_KEY = "benchcrm.service";

    private final FunctionInvoker invoker;
    private final String functionName;
    private final String serviceName;

    private FunctionHost(FunctionInvoker invoker, String functionName, String serviceName) {
        this.invoker = invoker;
        this.functionName = functionName;
        this.serviceName = serviceName;
    }

    /**
     * Starts the function's Spring context. {@code environment} is what Lambda would pass as
     * environment variables; here it becomes JVM system properties, which the function reads the
     * same way (one function configuration per JVM). {@code POWERTOOLS_SERVICE_NAME} is this
     * function's own: Powertools reads it from the process environment, once, so here it is set as
     * the MDC key {@value #SERVICE_KEY} around each invocation instead (the local log layout's
     * {@code service}); without it the service is the function name.
     */
    public static synchronized FunctionHost start(
            String mainClass, String definition, String functionName, Map<String, String> environment) {
        environment.forEach((k, v) -> {
            if (!k.equals("POWERTOOLS_SERVICE_NAME")) {
                System.setProperty(k, v);
            }
        });
        System.setProperty("MAIN_CLASS", mainClass);
        return new FunctionHost(
                new FunctionInvoker(definition),
                functionName,
                environment.getOrDefault("POWERTOOLS_SERVICE_NAME", functionName));
    }

    public String serviceName() {
        return serviceName;
    }

    public byte[] invoke(byte[] event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        String previous = MDC.get(SERVICE_KEY);
        MDC.put(SERVICE_KEY, serviceName);
        try {
            invoker.handleRequest(new ByteArrayInputStream(event), out, new LocalLambdaContext(functionName, 1024, 30));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (previous == null) {
                MDC.remove(SERVICE_KEY);
            } else {
                MDC.put(SERVICE_KEY, previous);
            }
        }
        return out.toByteArray();
    }
}
