package io.camelai.cohere;

import java.nio.file.Path;

import io.camelai.support.testing.ComponentDocs;
import org.junit.jupiter.api.Test;

/** The adoc's option and header tables match the generated component metadata. */
class CohereComponentDocsTest {

    @Test
    void optionAndHeaderTablesAreCurrent() throws Exception {
        ComponentDocs.check("/META-INF/io/camelai/cohere/cohere.json", Path.of("src/main/docs/cohere-component.adoc"));
    }
}
