package io.camelai.starter.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a committed generated file with what the generator writes now; {@code -Dcamelai.updateStarters=true}
 * rewrites it instead. A starter whose component gained, lost or changed an option fails its build until regenerated.
 */
public final class GeneratedFiles {

    public static final String UPDATE_PROPERTY = "camelai.updateStarters";

    private GeneratedFiles() {}

    /** @throws AssertionError when the file differs and updating was not asked for */
    public static void check(Path file, String expected) {
        try {
            String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            if (expected.equals(actual)) {
                return;
            }
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, expected, StandardCharsets.UTF_8);
                return;
            }
            throw new AssertionError(file + " is not what the generator writes from the component JSON now"
                    + " (an option was added, removed or changed): rebuild the starter with -D"
                    + UPDATE_PROPERTY + "=true and commit the file");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
