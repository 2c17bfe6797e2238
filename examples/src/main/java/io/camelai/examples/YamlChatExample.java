package io.camelai.examples;

import org.apache.camel.main.Main;

/**
 * The chat example as a YAML DSL route ({@code routes/chat.camel.yaml}) run by Camel Main: the component resolves by
 * its scheme and takes its options from Camel Main properties.
 */
public final class YamlChatExample {

    private YamlChatExample() {}

    public static void main(String[] args) throws Exception {
        Main main = new Main();
        try (ExampleEnvironment env = ExampleEnvironment.configure(main)) {
            main.configure().withRoutesIncludePattern("classpath:routes/chat.camel.yaml");
            main.configure().withDurationMaxMessages(1);
            main.run(args);
        }
    }
}
