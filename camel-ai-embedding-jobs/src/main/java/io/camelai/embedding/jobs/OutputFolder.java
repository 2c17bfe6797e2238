package io.camelai.embedding.jobs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Checks the job's output folder before the job reads anything: it must be (or become) a directory the job can
 * create files in, and not the input folder. Anything else stops the start with the folder, the reason and the
 * option that sets it, instead of failing every file on every poll.
 */
final class OutputFolder {

    static final String OPTION = "toFolder";
    static final String INPUT_OPTION = "fromFolder";

    private OutputFolder() {}

    /** Creates the folder if missing; throws IllegalStateException if the job cannot write its output there. */
    static void prepare(Path outputDir, Path inputDir) {
        Path dir = outputDir.toAbsolutePath().normalize();
        if (dir.equals(inputDir.toAbsolutePath().normalize())) {
            throw unusable(outputDir, "is also the input folder (" + INPUT_OPTION
                    + "): the job would read its own output back as input");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw unusable(outputDir, "is not a directory");
        }
        Path ancestor = dir.getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor != null && !Files.isDirectory(ancestor)) {
            throw unusable(outputDir, "cannot be created (" + ancestor + " is not a directory)");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw unusable(outputDir, "cannot be created (" + reason(e) + ")");
        }
        // creating a file is the answer that holds where permission checks do not (ACLs, immutable folders, quotas)
        try {
            Files.delete(Files.createTempFile(dir, ".write-check-", ".tmp"));
        } catch (IOException e) {
            throw unusable(outputDir, "is not writable ("
                    + (e instanceof AccessDeniedException ? "permission denied" : reason(e)) + ")");
        }
    }

    private static IllegalStateException unusable(Path dir, String why) {
        return new IllegalStateException("Batch embedding job: output folder " + dir + " " + why + "; set "
                + OPTION + " to a folder the job can write to");
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " exists and is not a directory";
        }
        if (e instanceof NotDirectoryException n) {
            return n.getFile() + " is not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + ": " + f.getFile();
        }
        return e.toString();
    }
}
