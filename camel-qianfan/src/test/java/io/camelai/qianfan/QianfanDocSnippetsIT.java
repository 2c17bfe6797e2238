package io.camelai.qianfan;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.camelai.simulator.AiSimulator;
import io.camelai.simulator.qianfan.QianfanApi;
import io.camelai.support.testing.AbstractDocSnippetsIT;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;

/** The YAML examples of the Qianfan page run against the simulator, signed with an IAM access key (v1 and v2). */
class QianfanDocSnippetsIT extends AbstractDocSnippetsIT {

    @Override
    protected List<Path> adocs() {
        return List.of(Path.of("src/main/docs/qianfan-component.adoc"));
    }

    @Override
    protected String scheme() {
        return QianfanConstants.SCHEME;
    }

    @Override
    protected List<String> operations() {
        return Arrays.stream(QianfanOperation.values()).map(QianfanOperation::uriName).toList();
    }

    @Override
    protected void configure(CamelContext context, AiSimulator simulator) {
        QianfanComponent qianfan = context.getComponent(QianfanConstants.SCHEME, QianfanComponent.class);
        qianfan.getConfiguration().setBaseUrl(simulator.qianfanUrl());
        qianfan.getConfiguration().setAuthUrl(simulator.qianfanUrl());
        qianfan.getConfiguration().setAccessKey(QianfanApi.ACCESS_KEY);
        qianfan.getConfiguration().setSecretKey("test-secret");
    }

    @Override
    protected Map<String, Consumer<Message>> samples() {
        return Map.of("direct:embed", m -> m.setBody(List.of("你好", "Apache Camel")));
    }
}
