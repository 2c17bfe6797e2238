package io.camelai.embedding.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * An output folder the job cannot write to stops it at start, before it consumes anything, with a message that names
 * the folder, what is wrong with it and the option that sets it.
 */
class EmbeddingJobOutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void anOutputFolderThatIsARegularFileFailsTheStart() throws Exception {
        Path out = Files.writeString(dir.resolve("out"), "not a folder");
        String message = startFailure(out);
        assertTrue(message.contains("output folder " + out + " is not a directory"), message);
        assertTrue(message.contains("toFolder"), message);
        assertEquals("not a folder", Files.readString(out));
    }

    @Test
    void anOutputFolderThatCannotBeCreatedFailsTheStart() throws Exception {
        Path parent = Files.writeString(dir.resolve("parent"), "a file where a folder should be");
        Path out = parent.resolve("out");
        String message = startFailure(out);
        assertTrue(message.contains("output folder " + out + " cannot be created"), message);
        assertTrue(message.contains("(" + parent + " is not a directory)"), message);
        assertTrue(message.contains("toFolder"), message);
    }

    @Test
    void aReadOnlyOutputFolderFailsTheStart() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(out), "the OS lets this user write to read-only folders (root)");
            String message = startFailure(out);
            assertTrue(message.contains("output folder " + out + " is not writable"), message);
            assertTrue(message.contains("toFolder"), message);
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void theInputFolderAsOutputFolderFailsTheStart() throws Exception {
        // the job's own output files would be read back as input, without end
        String message = startFailure(dir.resolve("in"));
        assertTrue(message.contains("is also the input folder"), message);
        assertTrue(message.contains("toFolder") && message.contains("fromFolder"), message);
    }

    /** Starts the job on dir/in with one input file; returns the message of the start failure. */
    private String startFailure(Path out) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "one\ntwo\n");
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new StandInEmbeddings());
            Exception e = assertThrows(Exception.class, () -> {
                context.addRoutes(new EmbeddingJobRoutes(in.toString(), out.toString(), StandInEmbeddings.URI, 10));
                context.start();
            }, "the job started with output " + out);
            try (var files = Files.list(in)) {
                assertEquals(1, files.count(), "nothing was consumed (no lock or marker files)");
            }
            StringBuilder messages = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            return messages.toString();
        }
    }
}
