package org.basinscope.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * A Spark master URL as {@code --master} takes it, checked before Spark starts: Spark itself would retry an
 * unreachable standalone master for a minute or more, so {@code spark://} hosts are tried with a plain
 * connection first (at most {@value #CONNECT_MS} ms each) and refused with one line.
 *
 * @param url the master, e.g. {@code local[2]}, {@code spark://host:7077}
 */
record SparkMaster(String url) {
    static final int CONNECT_MS = 3000;
    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?\\])?");
    private static final Pattern HOST_PORT = Pattern.compile("([^:,/]+|\\[[0-9a-fA-F:]+\\]):([0-9]{1,5})");
    private static final String VALID = "valid: local[N], local[N,F] (F attempts per task), local[*], spark://HOST:PORT, "
            + "yarn, k8s://https://HOST:PORT";

    /** {@code given}, or spark-submit's master (the {@code spark.master} property), or {@code local[*]}. */
    static SparkMaster of(String given) {
        String url = given != null ? given.strip() : System.getProperty("spark.master", "local[*]");
        if (!(LOCAL.matcher(url).matches() || url.startsWith("spark://") || url.equals("yarn") || url.startsWith("k8s://"))) {
            throw new InvalidInputException("--master '" + url + "' is not a Spark master; " + VALID);
        }
        return new SparkMaster(url);
    }

    boolean local() {
        return url.startsWith("local");
    }

    boolean standalone() {
        return url.startsWith("spark://");
    }

    /** For a standalone master, the first of its hosts that accepts a connection; refuses if none does. */
    void checkReachable() {
        if (!standalone()) {
            return;
        }
        List<String> failures = new ArrayList<>();
        for (InetSocketAddress a : addresses()) {
            try (Socket s = new Socket()) {
                s.connect(a, CONNECT_MS);
                return;
            } catch (IOException e) {
                failures.add(a.getHostString() + ":" + a.getPort() + " (" + reason(e) + ")");
            }
        }
        throw new InvalidInputException("cannot reach the Spark master " + url + ": " + String.join(", ", failures)
                + "; is it running (sbin/start-master.sh) and is --master right?");
    }

    /** The host:port pairs of {@code spark://h1:p1[,h2:p2...]} (a master with standbys). */
    List<InetSocketAddress> addresses() {
        List<InetSocketAddress> out = new ArrayList<>();
        for (String part : url.substring("spark://".length()).split(",", -1)) {
            Matcher m = HOST_PORT.matcher(part.strip());
            int port = m.matches() ? Integer.parseInt(m.group(2)) : -1;
            if (port < 1 || port > 65535) {
                throw new InvalidInputException("--master '" + url + "': '" + part + "' is not HOST:PORT; " + VALID);
            }
            String host = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
            out.add(new InetSocketAddress(host, port));
        }
        return out;
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return e instanceof java.net.UnknownHostException ? "unknown host" : m == null ? e.getClass().getSimpleName() : m;
    }
}
