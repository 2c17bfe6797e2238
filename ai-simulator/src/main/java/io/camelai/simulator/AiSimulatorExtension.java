package io.camelai.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs one simulator per test class and resets it (requests, faults, scripted replies) before each test.
 *
 * <pre>
 * &#64;RegisterExtension
 * static AiSimulatorExtension sim = new AiSimulatorExtension();
 * ... sim.get().cohereUrl() ...
 * </pre>
 *
 * With {@code @ExtendWith(AiSimulatorExtension.class)} instead, declare an {@link AiSimulator} test or lifecycle
 * method parameter.
 */
public final class AiSimulatorExtension
        implements
            BeforeAllCallback,
            AfterAllCallback,
            BeforeEachCallback,
            ParameterResolver {

    private final boolean tls;
    private AiSimulator simulator;

    /** A plain HTTP simulator. */
    public AiSimulatorExtension() {
        this(false);
    }

    /** @param tls serve HTTPS with the test certificate (see {@link SimulatorTls}) */
    public AiSimulatorExtension(boolean tls) {
        this.tls = tls;
    }

    /** The running simulator (started before the first test of the class). */
    public AiSimulator get() {
        if (simulator == null) {
            throw new IllegalStateException("The simulator starts before the test class; register the extension"
                    + " on a static field");
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (simulator == null) {
            simulator = tls ? AiSimulator.startTls() : AiSimulator.start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        get().reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == AiSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return get();
    }
}
