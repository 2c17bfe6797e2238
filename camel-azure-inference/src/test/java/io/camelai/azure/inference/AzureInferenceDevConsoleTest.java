package io.camelai.azure.inference;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.console.DevConsole;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Camel finds the azure-inference dev console by its generated META-INF file; it lists the started endpoints, masked. */
class AzureInferenceDevConsoleTest {

    @Test
    @SuppressWarnings("unchecked")
    void listsEachStartedEndpointWithItsCountsAndNoSecret() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            context.getEndpoint(
                    "azure-inference:chat?model=m&apiKey=az-console-key-77&endpoint=http://127.0.0.1:9/models");

            DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("azure-inference");

            assertInstanceOf(AzureInferenceDevConsole.class, console);
            Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
            List<Map<String, Object>> endpoints = (List<Map<String, Object>>) json.get("endpoints");
            assertEquals(1, endpoints.size(), String.valueOf(json));
            assertEquals(Boolean.TRUE, endpoints.get(0).get("started"));
            assertEquals(0L, ((Number) endpoints.get(0).get("calls")).longValue());
            String text = (String) console.call(DevConsole.MediaType.TEXT);
            assertFalse(text.contains("az-console-key-77")
                    || json.toString().contains("az-console-key-77"), text);
        }
    }
}
