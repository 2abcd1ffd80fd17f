package com.benchcrm.function.runtime;

/**
 * What a function does with one invocation: translate the event into a command, call one use
 * case, translate the result into the response. Nothing else: no SDK calls, no environment reads,
 * no logging setup (the {@link LambdaFunction} around it does that).
 *
 * <pre>{@code
 * EventHandler<APIGatewayV2HTTPResponse> api = invocation -> toEvent(pipeline.handle(toRequest(invocation.event())));
 * }</pre>
 *
 * @param <O> the response, serialised to JSON by the invoker
 */
@FunctionalInterface
public interface EventHandler<O> {

    O handle(Invocation invocation);
}
