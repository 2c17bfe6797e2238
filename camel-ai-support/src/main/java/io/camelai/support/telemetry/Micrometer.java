package io.camelai.support.telemetry;

/** Whether Micrometer is on the class path, found out without loading any of its classes into use. */
final class Micrometer {

    static final boolean PRESENT = present("io.micrometer.core.instrument.MeterRegistry");

    private Micrometer() {}

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Micrometer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
