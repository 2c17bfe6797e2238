package io.camelai.qianfan;

import java.nio.file.Path;

import io.camelai.support.testing.ComponentDocs;
import org.junit.jupiter.api.Test;

class QianfanComponentDocsTest {

    @Test
    void optionAndHeaderTablesMatchTheGeneratedMetadata() throws Exception {
        ComponentDocs.check("/META-INF/io/camelai/qianfan/qianfan.json",
                Path.of("src/main/docs/qianfan-component.adoc"));
    }
}
