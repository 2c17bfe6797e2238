package io.camelai.azure.inference;

import java.nio.file.Path;

import io.camelai.support.testing.ComponentDocs;
import org.junit.jupiter.api.Test;

class AzureInferenceComponentDocsTest {

    @Test
    void optionAndHeaderTablesMatchTheGeneratedMetadata() throws Exception {
        ComponentDocs.check("/META-INF/io/camelai/azure/inference/azure-inference.json",
                Path.of("src/main/docs/azure-inference-component.adoc"));
    }
}
