package com.benchcrm.function.outboxrelay;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.benchcrm.function.runtime.Invocation;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboxRelayFunctionTest {

    static Invocation withRemaining(int millis) {
        Context context = (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (p, m, a) -> m.getName().equals("getRemainingTimeInMillis") ? millis : null);
        return new Invocation(new byte[0], Optional.of(context));
    }

    final OutboxRelayFunction function = new OutboxRelayFunction(null, Duration.ofSeconds(50));

    @Test
    void runFor_plentyOfTimeLeft_isTheBudget() {
        assertThat(function.runFor(withRemaining(900_000))).isEqualTo(Duration.ofSeconds(50));
    }

    @Test
    void runFor_lessTimeLeftThanTheBudget_endsFiveSecondsBeforeLambdaWould() {
        assertThat(function.runFor(withRemaining(30_000))).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void runFor_almostNoTimeLeft_isZeroNotNegative() {
        assertThat(function.runFor(withRemaining(2_000))).isEqualTo(Duration.ZERO);
    }

    @Test
    void runFor_outsideLambda_isTheBudget() {
        assertThat(function.runFor(new Invocation(new byte[0], Optional.empty()))).isEqualTo(Duration.ofSeconds(50));
    }
}
