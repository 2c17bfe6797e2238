package io.camelai.support.stream;

import java.io.IOException;

import okio.Buffer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NdjsonReaderTest {

    @Test
    void readsOneDocumentPerLineAndSkipsBlankLines() throws IOException {
        NdjsonReader r = new NdjsonReader(new Buffer().writeUtf8("{\"a\":1}\n\n  \n{\"b\":2}\r\n{\"c\":3}"));
        assertEquals("{\"a\":1}", r.next());
        assertEquals("{\"b\":2}", r.next());
        assertEquals("{\"c\":3}", r.next(), "the last line needs no newline");
        assertNull(r.next());
    }

    @Test
    void anOverlongLineFails() {
        NdjsonReader r = new NdjsonReader(new Buffer().writeUtf8("{\"t\":\"" + "y".repeat(5000) + "\"}\n"), 4096);
        assertThrows(MalformedStreamException.class, r::next);
    }
}
