package org.basinscope.engine.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.basinscope.engine.io.AtomicFiles;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The output file of a sweep, written so that an interrupted sweep resumes where it stopped and a finished
 * file is never half-written. While the sweep runs, each finished point is appended as one line, forced to
 * disk, to {@code FILE.partial}, whose first line is the job ({@link GridJob#toJson}); when every point is
 * in, {@code FILE} is written atomically (all points in order, see {@link AtomicFiles}) and the partial file
 * deleted. Opening a checkpoint whose partial file holds the same job reads its points back (they are not
 * run again; a line torn by a crash is dropped); a partial file of another job is refused.
 *
 * <p>Both files are CSV: {@code point}, the value on each axis, {@code batch} when an {@code eta/b} axis sets
 * it, the readout's mean and {@code stderr}, numbers in Java's shortest exact form (so they read back to the
 * same bits; {@code NaN} where a run diverged or there is one seed).
 */
public final class GridCheckpoint implements Closeable {
    private static final String MAGIC = "# basinscope grid sweep ";

    private final Path out;
    private final Path partial;
    private final GridJob job;
    private final Map<Integer, PointResult> done;
    private FileChannel channel;

    private GridCheckpoint(Path out, GridJob job, Map<Integer, PointResult> done) {
        this.out = out;
        this.partial = partialOf(out);
        this.job = job;
        this.done = done;
    }

    /** Where the points of an unfinished sweep writing {@code out} are kept. */
    public static Path partialOf(Path out) {
        return out.resolveSibling(out.getFileName() + ".partial");
    }

    /**
     * The checkpoint of {@code job} writing {@code out}: the points of its partial file if there is one (nothing
     * is written until the first new point).
     */
    public static GridCheckpoint open(Path out, GridJob job) throws IOException {
        Path partial = partialOf(out);
        Map<Integer, PointResult> done = new TreeMap<>();
        if (Files.exists(partial)) {
            read(partial, job, done);
        }
        return new GridCheckpoint(out, job, done);
    }

    /** The points read back from the partial file, by point index. */
    public Map<Integer, PointResult> done() {
        return Collections.unmodifiableMap(done);
    }

    /** Appends a finished point to the partial file and forces it to disk. */
    public synchronized void append(PointResult r) throws IOException {
        if (channel == null) {
            if (!Files.exists(partial)) {
                AtomicFiles.writeString(partial, MAGIC + job.toJson() + "\n" + header(job) + "\n");
            }
            channel = FileChannel.open(partial, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        }
        channel.write(ByteBuffer.wrap((row(job, r.point(), r.mean(), r.stderr()) + "\n").getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
    }

    /** Writes the finished file atomically and deletes the partial one. */
    public synchronized void finish(GridResult result) throws IOException {
        AtomicFiles.writeString(out, csv(result));
        close();
        Files.deleteIfExists(partial);
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    /** The whole grid as CSV, points in order. */
    public static String csv(GridResult r) {
        StringBuilder b = new StringBuilder(header(r.job())).append('\n');
        double[] mean = r.mean();
        double[] stderr = r.stderr();
        for (int p = 0; p < mean.length; p++) {
            b.append(row(r.job(), p, mean[p], stderr[p])).append('\n');
        }
        return b.toString();
    }

    private static String header(GridJob job) {
        StringBuilder b = new StringBuilder("point");
        for (Axis a : job.grid().axes()) {
            b.append(',').append(a.knob() == Knob.ETA_OVER_B ? "eta" : a.knob().key());
        }
        if (job.grid().followsBatch()) {
            b.append(",batch");
        }
        return b.append(',').append(job.readout().name().toLowerCase(Locale.ROOT)).append(",stderr").toString();
    }

    private static String row(GridJob job, int point, double mean, double stderr) {
        StringBuilder b = new StringBuilder().append(point);
        int[] c = job.grid().coordinates(point);
        for (int a = 0; a < c.length; a++) {
            b.append(',').append(number(job.grid().axes().get(a).value(c[a])));
        }
        if (job.grid().followsBatch()) {
            b.append(',').append(job.params(point).batch());
        }
        return b.append(',').append(number(mean)).append(',').append(number(stderr)).toString();
    }

    /** Whole numbers without ".0"; others in Java's shortest form that reads back exactly. */
    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static void read(Path partial, GridJob job, Map<Integer, PointResult> done) throws IOException {
        String text = Files.readString(partial, StandardCharsets.UTF_8);
        // Only lines ended by a newline were written whole; a crash can tear the last one.
        int end = text.lastIndexOf('\n') + 1;
        List<String> lines = end == 0 ? List.of() : List.of(text.substring(0, end - 1).split("\n", -1));
        if (lines.size() < 2) {
            // The header never reached the disk: no point did either.
            Files.delete(partial);
            return;
        }
        String name = partial.getFileName().toString();
        if (!lines.get(0).startsWith(MAGIC)) {
            throw new InvalidInputException(name + " is not the partial file of a sweep; move it away or give another --out");
        }
        String theirs = lines.get(0).substring(MAGIC.length());
        String ours = job.toJson();
        if (!theirs.equals(ours)) {
            throw new InvalidInputException(name + " holds an unfinished sweep with other settings (" + differences(theirs, ours)
                    + "); give the same options to resume it, or delete it to start this one");
        }
        if (!lines.get(1).equals(header(job))) {
            throw damaged(name, 2);
        }
        for (int k = 2; k < lines.size(); k++) {
            PointResult r = parseRow(lines.get(k), job);
            if (r == null) {
                throw damaged(name, k + 1);
            }
            done.putIfAbsent(r.point(), r);
        }
        if (end < text.length()) {
            try (FileChannel c = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                c.truncate(text.substring(0, end).getBytes(StandardCharsets.UTF_8).length);
            }
        }
    }

    /** A row as this class writes it, or null if it is not one (wrong columns, another point's values). */
    private static PointResult parseRow(String line, GridJob job) {
        String[] cols = line.split(",", -1);
        try {
            int point = Integer.parseInt(cols[0]);
            if (point < 0 || point >= job.points() || cols.length < 3) {
                return null;
            }
            PointResult r = new PointResult(point, Double.parseDouble(cols[cols.length - 2]),
                    Double.parseDouble(cols[cols.length - 1]));
            return row(job, point, r.mean(), r.stderr()).equals(line) ? r : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static InvalidInputException damaged(String name, int line) {
        return new InvalidInputException(name + " line " + line + " is damaged; delete the file to start the sweep again");
    }

    /** The settings in which two jobs differ, e.g. {@code session.eta, axes}. */
    private static String differences(String a, String b) {
        try {
            ObjectMapper m = new ObjectMapper();
            JsonNode x = m.readTree(a);
            JsonNode y = m.readTree(b);
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = y.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (f.equals("session") && x.path(f).isObject()) {
                    for (Iterator<String> s = y.get(f).fieldNames(); s.hasNext(); ) {
                        String g = s.next();
                        if (!y.get(f).get(g).equals(x.get(f).get(g))) {
                            names.add(g);
                        }
                    }
                } else if (!y.get(f).equals(x.get(f))) {
                    names.add(f);
                }
            }
            return names.isEmpty() ? "another format" : "they differ in " + String.join(", ", names);
        } catch (IOException e) {
            return "unreadable settings";
        }
    }
}
