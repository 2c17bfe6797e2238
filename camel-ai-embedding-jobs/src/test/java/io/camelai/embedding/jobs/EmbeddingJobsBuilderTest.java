package io.camelai.embedding.jobs;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The builder checks its options before any route exists, naming the option and what it accepts. */
class EmbeddingJobsBuilderTest {

    @Test
    void missingFoldersAndEndpointAreNamed() {
        assertRefused("Batch embedding job: option fromFolder is required: the folder of input files",
                () -> EmbeddingJobs.fromFolder(" ").toFolder("out").embedWith("cohere:embed").build());
        assertRefused("Batch embedding job: option toFolder is required: the folder the output files go to",
                () -> EmbeddingJobs.fromFolder("in").embedWith("cohere:embed").build());
        assertRefused("Batch embedding job: option embedWith is required: an embedding endpoint URI such as"
                + " cohere:embed", () -> EmbeddingJobs.fromFolder("in").toFolder("out").build());
        assertRefused("Batch embedding job: option embedWith must be a Camel endpoint URI such as cohere:embed, got"
                + " \"embed\"", () -> EmbeddingJobs.fromFolder("in").toFolder("out").embedWith("embed").build());
    }

    @Test
    void outOfRangeOptionsAreNamedWithTheAllowedValues() {
        assertRefused("Batch embedding job: option batchSize must be between 1 and 10000, got 0",
                () -> job().batchSize(0).build());
        assertRefused("Batch embedding job: option batchSize must be between 1 and 10000, got 10001",
                () -> job().batchSize(10_001).build());
        assertRefused("Batch embedding job: option textField is required: the JSONL field or CSV column holding the"
                + " text", () -> job().textField("").build());
        assertRefused("Batch embedding job: option idField must be a field name other than textField (\"body\"),"
                + " got \"body\"", () -> job().textField("body").idField("body").build());
        assertRefused("Batch embedding job: option csvDelimiter cannot be a quote or a line break",
                () -> job().csvDelimiter('"').build());
        assertRefused("Batch embedding job: option progressInterval must be zero or positive, got PT-1S",
                () -> job().progressInterval(Duration.ofSeconds(-1)).build());
    }

    @Test
    void aCompleteJobBuildsItsRoutes() {
        assertInstanceOf(EmbeddingJobRoutes.class, job().batchSize(10_000).idField(null).csvDelimiter(';')
                .progressInterval(Duration.ZERO).routeId("nightly").build());
    }

    private static EmbeddingJobs job() {
        return EmbeddingJobs.fromFolder("in").toFolder("out").embedWith("cohere:embed?inputType=search_document");
    }

    private static void assertRefused(String message, Executable build) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, build).getMessage());
    }
}
