package io.camelai.embedding.jobs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV lines: the header names the text and id columns, one row per line, a field broken over lines is refused. */
class CsvLinesTest {

    @Test
    void theHeaderRowNamesTheColumnsAndGetsNoRecord() {
        List<InputLine> lines = read(new CsvLines(',', "body", "key"), "key,title,body",
                "k1,First,\"one, with a comma\"", "k2,Second,\"she said \"\"hi\"\"\"", ",Third,no id here");
        assertNull(lines.get(0), "the header row is no input");
        assertEquals(new InputLine(2, "k1", "one, with a comma", null), lines.get(1));
        assertEquals(new InputLine(3, "k2", "she said \"hi\"", null), lines.get(2));
        assertEquals(new InputLine(4, null, "no id here", null), lines.get(3));
    }

    @Test
    void aQuotedFieldHoldingALineBreakIsRefusedLineByLineAndTheRowsAfterItAreRead() {
        List<InputLine> lines = read(new CsvLines(',', "text", "id"), "id,text", "1,\"starts here", "still inside",
                "ends here\"", "2,back to normal");
        assertEquals("a quoted field is not closed on this line: line breaks inside CSV fields are not supported",
                lines.get(1).rejection());
        assertEquals("inside the quoted field that line 2 opens: line breaks inside CSV fields are not supported",
                lines.get(2).rejection());
        assertEquals("inside the quoted field that line 2 opens: line breaks inside CSV fields are not supported",
                lines.get(3).rejection());
        assertEquals(new InputLine(5, "2", "back to normal", null), lines.get(4));
    }

    @Test
    void aRowWithoutTheHeadersFieldCountOrWithoutTextIsADeadLetter() {
        List<InputLine> lines = read(new CsvLines(';', "text", "id"), "\uFEFFid;text", "1;a;extra", "2;", "", "3;ok");
        assertEquals("has 3 fields, the header row has 2", lines.get(1).rejection());
        assertEquals(new InputLine(3, "2", null, "no text in column \"text\""), lines.get(2));
        assertEquals("empty line", lines.get(3).rejection());
        assertEquals(new InputLine(5, "3", "ok", null), lines.get(4), "the BOM is not part of the first column");
    }

    @Test
    void aHeaderWithoutTheTextColumnRefusesEveryRowNamingTheOption() {
        List<InputLine> lines = read(new CsvLines(',', "text", "id"), "id,body", "1,hello");
        assertEquals("the header row has no column \"text\" (textField): [id, body]", lines.get(1).rejection());
    }

    @Test
    void aLineThatIsNotUtf8IsRefusedAloneAndStillCountsItsQuotes() {
        CsvLines csv = new CsvLines(',', "text", "id");
        csv.parse(1, "id,text".getBytes(StandardCharsets.UTF_8));
        InputLine bad = csv.parse(2, new byte[]{'1', ',', '"', (byte) 0xC3, 'x'});
        assertTrue(bad.rejection().startsWith("a quoted field is not closed"), bad.rejection());
        assertTrue(csv.parse(3, "x\"".getBytes(StandardCharsets.UTF_8)).rejected());
        assertEquals("fine", csv.parse(4, "4,fine".getBytes(StandardCharsets.UTF_8)).text());
    }

    private static List<InputLine> read(CsvLines csv, String... lines) {
        List<InputLine> parsed = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            parsed.add(csv.parse(i + 1, lines[i].getBytes(StandardCharsets.UTF_8)));
        }
        return parsed;
    }
}
