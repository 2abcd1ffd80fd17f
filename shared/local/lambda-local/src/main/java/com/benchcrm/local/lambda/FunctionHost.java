package com.benchcrm.local.lambda;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
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

    private final FunctionInvoker invoker;
    private final String functionName;

    private FunctionHost(FunctionInvoker invoker, String functionName) {
        this.invoker = invoker;
        this.functionName = functionName;
    }

    /**
     * Starts the function's Spring context. {@code environment} is what Lambda would pass as
     * environment variables; here it becomes JVM system properties, which the function reads the
     * same way (one function configuration per JVM).
     */
    public static synchronized FunctionHost start(String mainClass, String definition, String functionName,
                                                  Map<String, String> environment) {
        environment.forEach(System::setProperty);
        System.setProperty("MAIN_CLASS", mainClass);
        return new FunctionHost(new FunctionInvoker(definition), functionName);
    }

    public byte[] invoke(byte[] event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            invoker.handleRequest(new ByteArrayInputStream(event), out, new LocalLambdaContext(functionName, 1024, 30));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
