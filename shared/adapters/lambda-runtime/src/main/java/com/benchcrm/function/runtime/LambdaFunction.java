package com.benchcrm.function.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.cloud.function.adapter.aws.AWSLambdaUtils;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * A BenchCRM function as Spring Cloud Function's {@code FunctionInvoker} (the Lambda handler) calls
 * it: the raw event bytes and the Lambda context in, the {@link EventHandler}'s response out, with
 * Powertools' structured logging context (function name, request id, cold start) around the call.
 *
 * <p>The input is {@code Message<byte[]>} on purpose: with a typed event, Spring Cloud Function splits
 * a payload that looks like a JSON array and invokes the function once per element (an HTTP body of
 * {@code [1,2]} would become two invocations); with bytes it hands the event over untouched.
 *
 * <pre>{@code
 * // in an ApplicationContextInitializer (functional bean registration, no component scan):
 * LambdaFunction.register(context, "httpApi", APIGatewayV2HTTPResponse.class, () -> new HttpApiFunction(api));
 * }</pre>
 *
 * @param <O> the response type
 */
public final class LambdaFunction<O> implements Function<Message<byte[]>, O> {

    private final EventHandler<O> handler;

    public LambdaFunction(EventHandler<O> handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    @Override
    public O apply(Message<byte[]> message) {
        Object context = message.getHeaders().get(AWSLambdaUtils.AWS_CONTEXT);
        if (context instanceof Context lambda) {
            return PowertoolsLogging.withLogging(
                    lambda, () -> handler.handle(new Invocation(message.getPayload(), Optional.of(lambda))));
        }
        return handler.handle(new Invocation(message.getPayload(), Optional.empty()));
    }

    /**
     * Registers the function {@code name} (what {@code SPRING_CLOUD_FUNCTION_DEFINITION} selects) as a
     * bean whose handler is built on first use, after the beans it needs.
     */
    public static <O> void register(
            GenericApplicationContext context,
            String name,
            Class<O> output,
            Supplier<? extends EventHandler<O>> handler) {
        context.registerBean(
                name,
                FunctionRegistration.class,
                () -> new FunctionRegistration<>(new LambdaFunction<>(handler.get()), name).type(type(output)));
    }

    /** {@code Function<Message<byte[]>, O>}: the type Spring Cloud Function converts input and output by. */
    static Type type(Class<?> output) {
        return ResolvableType.forClassWithGenerics(
                        Function.class,
                        ResolvableType.forClassWithGenerics(Message.class, byte[].class),
                        ResolvableType.forClass(output))
                .getType();
    }
}
