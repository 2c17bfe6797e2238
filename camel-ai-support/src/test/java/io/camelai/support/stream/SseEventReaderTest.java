package io.camelai.support.stream;

import java.io.IOException;

import okio.Buffer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SseEventReaderTest {

    private static SseEventReader reader(String text) {
        return new SseEventReader(new Buffer().writeUtf8(text));
    }

    @Test
    void readsEventNamesAndData() throws IOException {
        SseEventReader r = reader("event: message-start\ndata: {\"a\":1}\n\nevent: message-end\ndata: {\"b\":2}\n\n");
        SseEvent first = r.next();
        assertEquals("message-start", first.event());
        assertEquals("{\"a\":1}", first.data());
        SseEvent second = r.next();
        assertEquals("message-end", second.event());
        assertNull(r.next());
    }

    @Test
    void joinsMultipleDataLinesWithNewlines() throws IOException {
        SseEvent e = reader("data: one\ndata: two\ndata:\ndata:three\n\n").next();
        assertEquals("one\ntwo\n\nthree", e.data());
    }

    @Test
    void aFieldWithoutAColonHasAnEmptyValueAndANameThatOnlyStartsLikeAFieldIsUnknown() throws IOException {
        SseEvent e = reader("event\ndataX: no\nidle: no\ndata\n\n").next();
        assertEquals("", e.data());
        assertEquals("", e.event());
        assertNull(e.id());
    }

    @Test
    void aFieldWhoseNameOnlyStartsWithDataIsNotData() throws IOException {
        SseEvent e = reader("dataset: no\nevents: no\nidentity: no\ndata: yes\n\n").next();
        assertEquals("yes", e.data());
        assertNull(e.event());
        assertNull(e.id());
    }

    @Test
    void multiByteValuesAndOnlyTheFirstSpaceAfterTheColonAreHandledAsTheSpecSays() throws IOException {
        SseEvent e = reader("event:  padded\r\ndata: h\u00e9llo \u4e16\u754c \ud83d\ude00\r\n\r\n").next();
        assertEquals(" padded", e.event());
        assertEquals("h\u00e9llo \u4e16\u754c \ud83d\ude00", e.data());
    }

    @Test
    void aLineWithoutAColonIsAFieldWithAnEmptyValueAndOnlyOneLeadingSpaceIsDropped() throws IOException {
        SseEvent e = reader("data\ndata:  two spaces\nevent\n\n").next();
        assertEquals("\n two spaces", e.data());
        assertEquals("", e.event());
    }

    @Test
    void skipsCommentsRetryAndUnknownFieldsAndKeepsTheId() throws IOException {
        SseEvent e = reader(": keep-alive\nretry: 1000\nfoo: bar\nid: 7\ndata: x\n\n").next();
        assertEquals("x", e.data());
        assertEquals("7", e.id());
        assertNull(e.event());
    }

    @Test
    void acceptsCrLfLineEndings() throws IOException {
        SseEventReader r = reader("event: a\r\ndata: 1\r\n\r\ndata: 2\r\n\r\n");
        assertEquals("1", r.next().data());
        assertEquals("2", r.next().data());
        assertNull(r.next());
    }

    @Test
    void deliversAFinalEventWithoutItsBlankLine() throws IOException {
        SseEventReader r = reader("data: [DONE]");
        SseEvent e = r.next();
        assertTrue(e.isDone());
        assertNull(r.next());
    }

    @Test
    void recognisesDoneWithAndWithoutTheSpace() throws IOException {
        assertTrue(reader("data:[DONE]\n\n").next().isDone());
        assertTrue(reader("data: [DONE]\n\n").next().isDone());
    }

    @Test
    void blankLinesWithoutDataDispatchNothing() throws IOException {
        SseEventReader r = reader("\n\nevent: ping\n\n\ndata: x\n\n");
        SseEvent e = r.next();
        assertEquals("x", e.data());
        assertNull(e.event(), "the event name of a data-less block does not leak into the next event");
    }

    @Test
    void anOverlongLineFailsInsteadOfGrowingTheBuffer() {
        SseEventReader r = new SseEventReader(new Buffer().writeUtf8("data: " + "x".repeat(2000)), 1024);
        MalformedStreamException e = assertThrows(MalformedStreamException.class, r::next);
        assertTrue(e.getMessage().contains("longer than 1024"), e.getMessage());
    }

    @Test
    void anOverlongEventMadeOfShortLinesFails() {
        String many = "data: 0123456789\n".repeat(200);
        SseEventReader r = new SseEventReader(new Buffer().writeUtf8(many + "\n"), 1024);
        assertThrows(MalformedStreamException.class, r::next);
    }

    @Test
    void readsEventsAsTheyArriveWithoutReadingAhead() throws IOException {
        Buffer source = new Buffer().writeUtf8("data: 1\n\n");
        SseEventReader r = new SseEventReader(source);
        assertEquals("1", r.next().data());
        source.writeUtf8("data: 2\n\n");
        assertEquals("2", r.next().data());
        assertNull(r.next());
    }
}
