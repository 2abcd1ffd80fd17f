package com.benchcrm.function.runtime;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The functional bean registration every function's {@code *Application} does, in three lines: the
 * environment (what Lambda passes; system properties in the embedded stack), the composition root
 * built once and primed before a SnapStart snapshot, and the functions.
 *
 * <pre>{@code
 * public void initialize(GenericApplicationContext context) {
 *     FunctionBeans beans = FunctionBeans.of(context);
 *     HttpApiConfig config = HttpApiConfig.from(beans.environment());
 *     Supplier<HttpApiComponents> components = beans.root(HttpApiComponents.class, () -> HttpApiComponents.create(config),
 *             "the HTTP API", c -> new HttpApiPriming(c.api()).prime());
 *     beans.function("httpApi", APIGatewayV2HTTPResponse.class, () -> new HttpApiFunction(components.get().api()));
 * }
 * }</pre>
 */
public final class FunctionBeans {

    private final GenericApplicationContext context;

    private FunctionBeans(GenericApplicationContext context) {
        this.context = context;
    }

    public static FunctionBeans of(GenericApplicationContext context) {
        return new FunctionBeans(Objects.requireNonNull(context, "context"));
    }

    /** The function's environment: Lambda's environment variables (or the embedded stack's system properties). */
    public Function<String, String> environment() {
        return name -> context.getEnvironment().getProperty(name);
    }

    /**
     * Registers the composition root of type {@code type}, created on first use, with its SnapStart
     * priming; the returned supplier gives the one instance.
     */
    public <C> Supplier<C> root(Class<C> type, Supplier<C> create, String what, Consumer<? super C> prime) {
        String rootName = type.getName();
        String primingName = rootName + ".priming";
        context.registerBean(rootName, type, create);
        context.registerBean(primingName, SnapStartPriming.class, () -> {
            C root = context.getBean(rootName, type);
            return SnapStartPriming.register(what, () -> prime.accept(root));
        });
        return () -> {
            context.getBean(primingName, SnapStartPriming.class);
            return context.getBean(rootName, type);
        };
    }

    /** Registers the function {@code name}; see {@link LambdaFunction#register}. */
    public <O> void function(String name, Class<O> output, Supplier<? extends EventHandler<O>> handler) {
        LambdaFunction.register(context, name, output, handler);
    }
}
