package io.camelai.embedding.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;

/** How the lines of one input file become {@link InputLine}s, chosen by the file's extension. */
interface LineFormat {

    /** The line, or null for a line that is no input (a CSV header row): it gets no output record. */
    InputLine parse(int number, byte[] bytes);

    /** How many leading lines are no input. */
    default int headerLines() {
        return 0;
    }

    /** Whether lines already written must still be read, for the state the next lines depend on. */
    default boolean readsEveryLine() {
        return false;
    }

    /** A new reader for one file: CSV keeps the header row and the quote state from line to line. */
    static LineFormat forFile(String fileName, EmbeddingJobSettings settings, ObjectMapper json) {
        if (fileName.endsWith(".jsonl")) {
            return (number, bytes) -> InputLine.jsonl(json, number, bytes, settings.textField(), settings.idField());
        }
        if (fileName.endsWith(".csv")) {
            return new CsvLines(settings.csvDelimiter(), settings.textField(), settings.idField());
        }
        return InputLine::text;
    }
}
