package io.camelai.starter.generator;

/** A Java source file built line by line, four spaces an indent. */
final class JavaSource {

    private final StringBuilder text = new StringBuilder();
    private int pendingIndent;

    JavaSource indent() {
        pendingIndent++;
        return this;
    }

    JavaSource line(String line) {
        if (!line.isEmpty()) {
            text.append("    ".repeat(pendingIndent)).append(line);
        }
        text.append('\n');
        pendingIndent = 0;
        return this;
    }

    /** A javadoc comment: HTML-escaped, {@code *}{@code /} never closing it early. */
    JavaSource javadoc(String description) {
        int indent = pendingIndent;
        String escaped = description.replaceAll("\\s*\\R\\s*", " ").replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "&#64;");
        for (String line : new String[]{"/**", " * " + escaped, " */"}) {
            pendingIndent = indent;
            line(line);
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
