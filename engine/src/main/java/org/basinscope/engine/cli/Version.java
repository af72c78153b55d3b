package org.basinscope.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version of this build, as the build wrote it into {@code version.properties} (Maven resource
 * filtering of {@code project.version}), and what {@code --version} prints on every command: the
 * version, then the Java runtime and the operating system it runs on.
 */
public final class Version implements IVersionProvider {
    private static final String NUMBER = load();

    /** The build's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String number() {
        return NUMBER;
    }

    /** The Java runtime and the system, e.g. {@code Java 17.0.15 (Eclipse Adoptium) on Linux amd64}. */
    public static String runtime() {
        return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ") on "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"basinscope " + number(), runtime()};
    }

    /** Never fails: a build without the filtered file says "unknown" (VersionTest catches that). */
    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() || v.contains("${") ? "unknown" : v;
        } catch (IOException | IllegalArgumentException e) {
            return "unknown";
        }
    }
}
