package io.camelai.examples;

import java.io.IOException;
import java.util.Optional;

import io.camelai.simulator.AiSimulator;
import io.camelai.simulator.qianfan.QianfanApi;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Points the examples at a real provider when its credentials are in the environment, else at an embedded simulator:
 * the same routes run either way. Configuration goes through Camel Main properties, as a user's
 * application.properties would.
 * <p>
 * Credential options get a property placeholder, never a plain value: Camel Main warns about a secret option set as
 * plain text ({@code camel.security.secretPolicy}), and an application would write {@code {{env:...}}} or
 * {@code {{vault:...}}} there. The simulator's keys are not secrets, so they are plain properties of their own
 * ({@code simulator.*}) that the credential options refer to.
 */
public final class ExampleEnvironment implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExampleEnvironment.class);

    /** A key the simulator accepts for Cohere and Azure (Qianfan's IAM check knows its own access key). */
    private static final String SIMULATOR_KEY = "simulator-key";

    private AiSimulator simulator;
    private boolean cohereSimulated;

    private ExampleEnvironment() {}

    public static ExampleEnvironment configure(Main main) throws IOException {
        ExampleEnvironment env = new ExampleEnvironment();
        String cohereUrl = System.getProperty("camel.component.cohere.base-url");
        if (cohereUrl != null) {
            // a simulator or gateway given on the command line (the batch job's kill/restart test does this)
            // (a -Dcamel.component.cohere.api-key given too overrides the simulator's key, as Camel Main does)
            main.addInitialProperty("camel.component.cohere.base-url", cohereUrl);
            simulatorKey(main, "cohere.api-key", SIMULATOR_KEY);
            LOG.info("cohere: using {}", cohereUrl);
        } else if (isSet("COHERE_API_KEY")) {
            LOG.info("cohere: using api.cohere.com (COHERE_API_KEY is set)");
        } else {
            main.addInitialProperty("camel.component.cohere.base-url", env.simulator().cohereUrl());
            simulatorKey(main, "cohere.api-key", SIMULATOR_KEY);
            env.cohereSimulated = true;
            LOG.info("cohere: using the embedded simulator at {}", env.simulator().cohereUrl());
        }
        if (isSet("AZURE_INFERENCE_ENDPOINT") && isSet("AZURE_INFERENCE_CREDENTIAL")) {
            LOG.info("azure-inference: using {} (AZURE_INFERENCE_ENDPOINT is set)",
                    System.getenv("AZURE_INFERENCE_ENDPOINT"));
        } else {
            main.addInitialProperty("camel.component.azure-inference.endpoint", env.simulator().azureUrl());
            simulatorKey(main, "azure-inference.api-key", SIMULATOR_KEY);
            LOG.info("azure-inference: using the embedded simulator at {}", env.simulator().azureUrl());
        }
        if ((isSet("QIANFAN_ACCESS_KEY") && isSet("QIANFAN_SECRET_KEY"))
                || (isSet("QIANFAN_AK") && isSet("QIANFAN_SK"))) {
            LOG.info("qianfan: using aip.baidubce.com (Qianfan credentials are set)");
        } else {
            main.addInitialProperty("camel.component.qianfan.base-url", env.simulator().qianfanUrl());
            simulatorKey(main, "qianfan.access-key", QianfanApi.ACCESS_KEY);
            simulatorKey(main, "qianfan.secret-key", "simulator-secret");
            LOG.info("qianfan: using the embedded simulator at {}", env.simulator().qianfanUrl());
        }
        return env;
    }

    /** {@code camel.component.<option>={{simulator.<option>}}}, the value in {@code simulator.<option>}. */
    private static void simulatorKey(Main main, String option, String value) {
        main.addInitialProperty("simulator." + option, value);
        main.addInitialProperty("camel.component." + option, "{{simulator." + option + "}}");
    }

    /**
     * The embedded simulator when the Cohere calls go to it, for an example that scripts the answers a real model
     * would give (the simulator's own answer echoes the question); empty when they go to Cohere or a given URL.
     */
    public Optional<AiSimulator> cohereSimulator() {
        return cohereSimulated ? Optional.of(simulator) : Optional.empty();
    }

    private AiSimulator simulator() throws IOException {
        if (simulator == null) {
            simulator = AiSimulator.start().recording(false);
        }
        return simulator;
    }

    private static boolean isSet(String env) {
        String v = System.getenv(env);
        return v != null && !v.isBlank();
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
