package io.camelai.embedding.jobs.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a worker accepts: the records of the lines topic, and the consumer options it lets a user add. */
class KafkaWorkerInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRecordOfTheLinesTopicIsReadBackAsWritten() {
        LineRecord r = new LineRecord("a.jsonl", 4, "x4", "fourth", null);
        assertEquals(r, LineRecord.parse(JSON, "a.jsonl:4", r.toJson(JSON)));
        assertEquals("a.jsonl:4", r.key());
    }

    @Test
    void aForeignRecordOnTheLinesTopicBecomesADeadLetterUnderItsKey() {
        LineRecord notJson = LineRecord.parse(JSON, "b.txt:9", "hello");
        assertEquals("b.txt", notJson.file());
        assertEquals(9, notJson.line());
        assertTrue(notJson.reason().startsWith("value is not JSON"), notJson.reason());

        LineRecord noLine = LineRecord.parse(JSON, "whatever", "{\"text\":\"t\"}");
        assertEquals("value has no \"file\" and \"line\"", noLine.reason());
        assertEquals("whatever", noLine.file());

        LineRecord noText = LineRecord.parse(JSON, "c.txt:1", "{\"file\":\"c.txt\",\"line\":1}");
        assertEquals("no \"text\" string in the record", noText.reason());
        assertEquals("no value", LineRecord.parse(JSON, "c.txt:2", null).reason());
    }

    @Test
    void consumerOptionsCannotChangeHowTheWorkerCommits() {
        KafkaWorkerRoutes routes = new KafkaWorkerRoutes("localhost:9092", "lines", "g", "direct:embed", 16,
                records -> {});
        for (String option : new String[]{"autoCommitEnable=true", "sessionTimeoutMs=5000&batching=false",
                "maxPollRecords=500", "breakOnFirstError=true"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> routes.consumerOptions(option));
            assertTrue(e.getMessage().startsWith("consumerOptions cannot set "), e.getMessage());
        }
        routes.consumerOptions("sessionTimeoutMs=5000&heartbeatIntervalMs=1000");
        assertEquals("kafka:lines?brokers=localhost:9092&groupId=g&batching=true&maxPollRecords=16&pollTimeoutMs=500"
                + "&autoCommitEnable=false&allowManualCommit=false&breakOnFirstError=false&autoOffsetReset=earliest"
                + "&sessionTimeoutMs=5000&heartbeatIntervalMs=1000", routes.consumerUri());
        assertThrows(IllegalArgumentException.class, () -> new KafkaWorkerRoutes("b", "t", "g", "direct:x", 0,
                records -> {}));
    }
}
