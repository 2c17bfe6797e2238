package io.camelai.qianfan;

import io.camelai.support.console.AiDevConsole;
import org.apache.camel.spi.annotations.DevConsole;

/** The qianfan developer console: each endpoint's calls, retries, failures, open streams, tokens and last errors. */
@DevConsole(name = "qianfan", displayName = "Baidu Qianfan", description = "Baidu Qianfan endpoints: calls, retries, tokens by model,"
        + " open streams and last errors")
public class QianfanDevConsole extends AiDevConsole {

    public QianfanDevConsole() {
        super("qianfan", "Baidu Qianfan",
                "Baidu Qianfan endpoints: calls, retries, tokens by model, open streams and last errors");
    }
}
