package io.camelai.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.baidubce.qianfan.Qianfan;
import com.baidubce.qianfan.core.StreamIterator;
import com.baidubce.qianfan.model.chat.ChatResponse;
import com.baidubce.qianfan.model.embedding.EmbeddingResponse;
import com.baidubce.qianfan.model.exception.ApiException;
import io.camelai.simulator.AiSimulatorExtension;
import io.camelai.simulator.Fault;
import io.camelai.simulator.RecordedRequest;
import io.camelai.simulator.qianfan.QianfanApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.camelai.interop.Complete.assertComplete;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Baidu's official Java SDK (com.baidubce:qianfan 0.0.9) calls chat, chat stream and embeddings against the
 * simulator, with an IAM access key (it first lists the console's services) and with app keys (OAuth). The SDK
 * reads its base URLs only from environment variables or a .env file, once: this class writes the file that the
 * build names in QIANFAN_DOT_ENV_CONFIG_FILE before the SDK loads, so it is the only Qianfan SDK test class.
 */
class QianfanSdkIT {

    private static final String V1 = "/rpc/2.0/ai_custom/v1/wenxinworkshop/";

    @RegisterExtension
    static AiSimulatorExtension sim = new AiSimulatorExtension();

    @RegisterExtension
    SdkLogs logs = new SdkLogs();

    @BeforeAll
    static void pointTheSdkAtTheSimulator() throws IOException {
        String file = System.getenv("QIANFAN_DOT_ENV_CONFIG_FILE");
        assertNotNull(file, "the build sets QIANFAN_DOT_ENV_CONFIG_FILE (run through Maven failsafe)");
        Path env = Path.of(file);
        Files.createDirectories(env.getParent());
        Files.writeString(env, "QIANFAN_BASE_URL=" + sim.get().qianfanUrl() + "\nQIANFAN_CONSOLE_API_BASE_URL="
                + sim.get().qianfanUrl() + "\n");
    }

    private static Qianfan iam() {
        return new Qianfan(QianfanApi.ACCESS_KEY, "sim-secret");
    }

    private static Qianfan appKeys() {
        return new Qianfan("OAuth", QianfanApi.APP_KEY, QianfanApi.APP_SECRET);
    }

    private static List<String> paths() {
        return sim.get().requests().stream().map(r -> r.method() + " " + r.path()).toList();
    }

    /** ChatResponse fields the service sends only in some answers: search, function calls, safety flags, streams. */
    private static final String[] CHAT_OPTIONAL = {"searchInfo", "functionCall", "banRound", "flag"};

    @Test
    void iamChatFirstListsTheConsoleServicesThenCallsTheModelsEndpoint() {
        // a model the SDK's built-in table lacks: only the service list maps it to its endpoint
        ChatResponse res = iam().chatCompletion().model("ERNIE-4.0-Turbo-128K").addMessage("user", "hello qianfan")
                .execute();

        assertEquals("Simulated answer to: hello qianfan", res.getResult());
        assertComplete(res, concat(CHAT_OPTIONAL, "sentenceId", "end"));
        assertEquals(List.of("POST /wenxinworkshop/service/list", "POST " + V1 + "chat/ernie-4.0-turbo-128k"),
                paths());
        RecordedRequest list = sim.get().requests().get(0);
        assertTrue(list.header("Authorization").startsWith("bce-auth-v1/" + QianfanApi.ACCESS_KEY + "/"));
        assertEquals("application/json", sim.get().requests().get(1).header("Content-Type").split(";")[0]);
    }

    @Test
    void iamChatStreamDeliversEveryChunk() {
        List<ChatResponse> chunks = new ArrayList<>();
        try (StreamIterator<ChatResponse> stream = iam().chatCompletion().model("ERNIE-4.0-8K")
                .addMessage("user", "stream qianfan").executeStream()) {
            stream.forEachRemaining(chunks::add);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        StringBuilder text = new StringBuilder();
        chunks.forEach(c -> text.append(c.getResult()));
        assertEquals("Simulated answer to: stream qianfan", text.toString());
        assertTrue(chunks.get(chunks.size() - 1).getEnd());
        chunks.forEach(c -> assertComplete(c, CHAT_OPTIONAL));
        assertTrue(paths().contains("POST " + V1 + "chat/completions_pro"), paths().toString());
    }

    @Test
    void iamEmbeddingReturnsVectorsOfEachModelsSize() {
        Qianfan qianfan = iam();
        EmbeddingResponse v1 = qianfan.embedding().model("Embedding-V1").input(List.of("camels", "llamas")).execute();
        assertEquals(2, v1.getData().size());
        assertEquals(384, v1.getData().get(0).getEmbedding().size());
        assertComplete(v1);
        assertEquals(1024, qianfan.embedding().model("bge-large-zh").input(List.of("camels")).execute().getData()
                .get(0).getEmbedding().size());
        assertEquals(1024, qianfan.embedding().model("tao-8k").input(List.of("camels")).execute().getData()
                .get(0).getEmbedding().size());
    }

    @Test
    void appKeysFetchAnOAuthTokenAndCallChatStreamAndEmbedding() {
        Qianfan qianfan = appKeys();
        ChatResponse res = qianfan.chatCompletion().model("ERNIE-3.5-8K").addMessage("user", "hello oauth").execute();
        assertEquals("Simulated answer to: hello oauth", res.getResult());
        assertComplete(res, concat(CHAT_OPTIONAL, "sentenceId", "end"));

        StringBuilder text = new StringBuilder();
        qianfan.chatCompletion().model("ERNIE-3.5-8K").addMessage("user", "stream oauth").executeStream()
                .forEachRemaining(c -> text.append(c.getResult()));
        assertEquals("Simulated answer to: stream oauth", text.toString());

        EmbeddingResponse embed = qianfan.embedding().input(List.of("camels")).execute();
        assertEquals(384, embed.getData().get(0).getEmbedding().size());
        List<RecordedRequest> calls = sim.get().requests();
        assertEquals("/oauth/2.0/token", calls.get(0).path());
        assertTrue(calls.get(1).query().contains("access_token="), calls.get(1).toString());
        assertEquals(V1 + "embeddings/embedding-v1", calls.get(calls.size() - 1).path());
        assertFalse(paths().contains("POST /wenxinworkshop/service/list"), "OAuth clients do not list services");
    }

    @Test
    void errorsSentWithHttp200ReachTheSdkAsApiErrorsForPlainAndStreamedCalls() {
        sim.get().fault(Fault.providerError("336003", "the length of messages must be an odd number").onPath(V1)
                .times(2));
        Qianfan qianfan = appKeys();

        ApiException plain = assertThrows(ApiException.class, () -> qianfan.chatCompletion().model("ERNIE-3.5-8K")
                .addMessage("user", "x").execute());
        assertEquals(336003, plain.getErrorResponse().getErrorCode());
        ApiException streamed = assertThrows(ApiException.class, () -> qianfan.chatCompletion().model("ERNIE-3.5-8K")
                .addMessage("user", "x").executeStream());
        assertEquals("the length of messages must be an odd number", streamed.getErrorResponse().getErrorMsg());
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
