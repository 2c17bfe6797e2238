package io.camelai.examples.springboot;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelai.simulator.AiSimulator;
import io.camelai.simulator.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The example as a client sees it: the real server on a random port, application.yaml, the embedded simulator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AskApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OkHttpClient http = new OkHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private AiSimulator simulator;

    @BeforeEach
    void forgetEarlierRequests() {
        simulator.reset();
    }

    @Test
    void askAnswersTheQuestionWithTheModelAndOptionsFromApplicationYaml() throws Exception {
        try (Response response = http.newCall(get("/ask", "What is Apache Camel?")).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).isEqualTo("Simulated answer to: What is Apache Camel?");
        }
        RecordedRequest request = simulator.takeRequest();
        assertThat(request.path()).isEqualTo("/v2/chat");
        assertThat(request.header("Authorization")).isEqualTo("Bearer simulator-key");
        JsonNode body = request.json();
        assertThat(body.path("model").asText()).isEqualTo("command-a-03-2025");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(300);
        assertThat(body.path("stream").asBoolean()).isFalse();
    }

    @Test
    void theStreamDeliversTheAnswerChunkByChunkAsServerSentEvents() throws Exception {
        List<String> texts = new ArrayList<>();
        String end = null;
        try (Response response = http.newCall(get("/ask/stream", "Tell me about camels")).execute()) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("text/event-stream");
            BufferedSource events = response.body().source();
            String event = "message";
            for (String line = events.readUtf8Line(); line != null; line = events.readUtf8Line()) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && event.equals("message")) {
                    texts.add(JSON.readTree(line.substring(5)).path("text").asText());
                } else if (line.startsWith("data:") && event.equals("end")) {
                    end = JSON.readTree(line.substring(5)).path("finishReason").asText();
                } else if (line.isEmpty()) {
                    event = "message";
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(1);
        assertThat(String.join("", texts)).isEqualTo("Simulated answer to: Tell me about camels");
        assertThat(end).isEqualTo("STOP");
        RecordedRequest request = simulator.takeRequest();
        assertThat(request.path()).isEqualTo("/v2/chat");
        assertThat(request.json().path("stream").asBoolean()).isTrue();
    }

    @Test
    void aQuestionOverTheLimitIsRefusedBeforeAnyModelCall() throws Exception {
        try (Response response = http.newCall(get("/ask/stream", "x".repeat(AskController.MAX_QUESTION_LENGTH + 1)))
                .execute()) {
            assertThat(response.code()).isEqualTo(400);
        }
        assertThat(simulator.requestCount()).isZero();
    }

    private Request get(String path, String question) {
        HttpUrl url = HttpUrl.get("http://127.0.0.1:" + port + path).newBuilder()
                .addQueryParameter("question", question).build();
        return new Request.Builder().url(url).build();
    }
}
