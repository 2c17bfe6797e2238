package io.camelai.embedding.jobs;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The lines of one CSV file (RFC 4180, https://www.rfc-editor.org/rfc/rfc4180), read in order: line 1 is the header
 * row naming the columns (it gets no output record), every other line one row whose text and id come from the named
 * columns. A record is one line: a quoted field that holds a line break would make one row of several lines, so the
 * line that opens such a field, every line inside it and the line that closes it are each refused with the reason.
 */
final class CsvLines implements LineFormat {

    private final ObjectReader reader;
    private final String textColumn;
    private final String idColumn;
    private List<String> header;
    private String headerProblem;
    private int openedAt; // the line whose quoted field is still open at the end of the previous line, else 0

    CsvLines(char delimiter, String textColumn, String idColumn) {
        this.reader = new CsvMapper().readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema().withColumnSeparator(delimiter));
        this.textColumn = textColumn;
        this.idColumn = idColumn;
    }

    @Override
    public int headerLines() {
        return 1;
    }

    @Override
    public boolean readsEveryLine() {
        return true; // the header row and whether a quoted field is open
    }

    @Override
    public InputLine parse(int number, byte[] bytes) {
        InputLine line = InputLine.text(number, bytes);
        if (number == 1) {
            readHeader(line);
            return null;
        }
        // an odd number of quote characters opens or closes a field across the line end ("" inside a field is even)
        // (counted in the bytes: 0x22 is never part of a multi-byte UTF-8 character, so even a bad line counts)
        boolean oddQuotes = quotes(bytes) % 2 == 1;
        if (openedAt > 0) {
            int opened = openedAt;
            if (oddQuotes) {
                openedAt = 0;
            }
            return InputLine.rejected(number, null, "inside the quoted field that line " + opened
                    + " opens: line breaks inside CSV fields are not supported");
        }
        if (oddQuotes) {
            openedAt = number;
            return InputLine.rejected(number, null,
                    "a quoted field is not closed on this line: line breaks inside CSV fields are not supported");
        }
        if (line.rejected()) {
            return line;
        }
        if (headerProblem != null) {
            return InputLine.rejected(number, null, headerProblem);
        }
        String[] row;
        try (MappingIterator<String[]> rows = reader.readValues(line.text())) {
            row = rows.next();
        } catch (Exception e) {
            return InputLine.rejected(number, null, "invalid CSV: " + firstLine(e.getMessage()));
        }
        if (row.length != header.size()) {
            return InputLine.rejected(number, null,
                    "has " + row.length + " fields, the header row has " + header.size());
        }
        int idAt = idColumn == null ? -1 : header.indexOf(idColumn);
        String id = idAt >= 0 && !row[idAt].isEmpty() ? row[idAt] : null;
        String text = row[header.indexOf(textColumn)];
        if (text.isBlank()) {
            return InputLine.rejected(number, id, "no text in column \"" + textColumn + "\"");
        }
        return new InputLine(number, id, text, null);
    }

    private void readHeader(InputLine line) {
        if (line.rejected()) {
            header = List.of();
            headerProblem = "the header row (line 1) is unusable: " + line.rejection();
            return;
        }
        try (MappingIterator<String[]> rows = reader.readValues(line.text())) {
            header = Arrays.stream(rows.next()).map(String::trim).toList();
        } catch (Exception e) {
            header = List.of();
            headerProblem = "the header row (line 1) is not valid CSV: " + firstLine(e.getMessage());
            return;
        }
        if (!header.contains(textColumn)) {
            headerProblem = "the header row has no column \"" + textColumn + "\" (textField): " + header;
        }
    }

    private static int quotes(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) {
            if (b == '"') {
                n++;
            }
        }
        return n;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
