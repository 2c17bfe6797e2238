package io.camelai.support.tools;

import org.apache.camel.spi.Metadata;

/**
 * Headers of the exchanges an {@code llm-tool} route receives (besides one header per declared argument whose name a
 * component would not act on).
 */
public final class LlmToolConstants {

    public static final String SCHEME = "llm-tool";

    @Metadata(label = "consumer", description = "The name of the tool the model called.", javaType = "String")
    public static final String TOOL_NAME = "CamelAiToolName";

    @Metadata(label = "consumer", description = "The id of the model's tool call (synthesised where the provider has"
            + " none).", javaType = "String")
    public static final String TOOL_CALL_ID = "CamelAiToolCallId";

    private LlmToolConstants() {}
}
