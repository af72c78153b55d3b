package org.basinscope.engine.grid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.basinscope.engine.analysis.Sweep;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.random.ParticleStreams;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.session.SessionFiles;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Spec;

/**
 * A grid sweep, complete: the run every point starts from ({@code config} and {@code base}: landscape,
 * dynamics, N, seed, start, spread, schedule, parameters), the steps per run, the grid, the readout
 * and the number of seeds (replicates) per point. Everything a point's number depends on is here, so
 * any engine on any machine computes the same number from it; {@link #toJson} is its wire form (for
 * cluster executors and the identity of a resumable output file).
 *
 * <p><b>Seeds.</b> Replicate r of point p runs with seed {@link ParticleStreams#derive derive(seed, p, r)}
 * (and particle i of that run with its own stream of that seed, as every ensemble), independent of the
 * engine, the partitioning, the order and retries.
 *
 * @param config  the landscape, dynamics, N, seed, start, spread and schedule of every run
 * @param base    the parameters each point starts from before its axes set theirs
 * @param steps   steps per run, in [0, {@value #MAX_STEPS}]
 * @param grid    the points
 * @param readout what is measured at the end of each run
 * @param seeds   replicates per point, in [1, {@value #MAX_SEEDS}]; the stderr is over them
 */
public record GridJob(RunConfig config, Params base, long steps, Grid grid, Sweep.Readout readout, int seeds) {
    public static final int MAX_SEEDS = 10_000;
    public static final long MAX_STEPS = 1_000_000_000L;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Set<String> FIELDS = Set.of("session", "axes", "readout", "seeds");

    public GridJob {
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new InvalidInputException("--seeds " + seeds + " is outside the allowed range [1, " + MAX_SEEDS + "]");
        }
        if (steps < 0 || steps > MAX_STEPS) {
            throw new InvalidInputException("--steps " + steps + " is outside the allowed range [0, " + MAX_STEPS + "]");
        }
        if (readout == Sweep.Readout.ACCURACY && config.landscape().classifier().isEmpty()) {
            throw new InvalidInputException("accuracy needs a classification landscape; " + config.landscapeSpec()
                    + " is not one (logistic-regression is; the other readouts: loss, variance, diverged, occupation, "
                    + "lyapunov)");
        }
        // Every point's parameters are checked now, not when an executor reaches the point.
        for (int p = 0; p < grid.size(); p++) {
            grid.params(base, p);
        }
    }

    /** The number of points. */
    public int points() {
        return grid.size();
    }

    /** The seed of replicate {@code replicate} at point {@code point} (see the class comment). */
    public long seed(int point, int replicate) {
        return ParticleStreams.derive(config.seed(), point, replicate);
    }

    /** The parameters at point {@code point}. */
    public Params params(int point) {
        return grid.params(base, point);
    }

    /**
     * The run at point {@code point} as a session: its parameters and replicate 0's seed, so loading it (into
     * the window, or {@code simulate --session}) and taking {@code steps} steps reproduces that run bit for bit.
     */
    public Session settings(int point) {
        return Session.of(config.withSeed(seed(point, 0)), params(point), steps, 10, Map.of());
    }

    /** points × seeds × particles × steps: the work of the whole sweep. */
    public double particleSteps() {
        return (double) points() * seeds * config.particles() * steps;
    }

    /** One line of JSON with everything that decides the numbers (not the engine, threads or output). */
    public String toJson() {
        ObjectNode o = JSON.createObjectNode();
        try {
            o.set("session", JSON.readTree(SessionFiles.toJson(Session.of(config, base, steps, 10, Map.of()))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a grid job: " + e.getMessage(), e);
        }
        ArrayNode axes = o.putArray("axes");
        for (Axis a : grid.axes()) {
            ObjectNode n = axes.addObject();
            n.put("param", a.knob().key());
            ArrayNode values = n.putArray("values");
            for (double v : a.values()) {
                values.add(v);
            }
            n.put("log", a.log());
        }
        o.put("readout", readout.name().toLowerCase(java.util.Locale.ROOT));
        o.put("seeds", seeds);
        return o.toString();
    }

    /** The job {@link #toJson} wrote, validated as a session file is. */
    public static GridJob fromJson(String text) {
        JsonNode o;
        try {
            o = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("not a grid job: " + e.getOriginalMessage());
        }
        if (o == null || !o.isObject()) {
            throw new InvalidInputException("not a grid job: expected a JSON object");
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException("not a grid job: unknown field \"" + name + "\"");
            }
        }
        if (!o.path("axes").isArray() || !o.path("readout").isTextual() || !o.path("seeds").isInt()
                || !o.path("session").isObject()) {
            throw new InvalidInputException("not a grid job: needs session, axes, readout and seeds");
        }
        Session s = SessionFiles.fromJson(o.get("session").toString());
        List<Axis> axes = new ArrayList<>();
        for (JsonNode a : o.get("axes")) {
            JsonNode values = a.path("values");
            double[] v = new double[values.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = values.get(k).asDouble();
            }
            axes.add(new Axis(Knob.parse(a.path("param").asText()), v, a.path("log").asBoolean()));
        }
        // The dynamics' own options (momentum:beta=…) are folded into the parameters as on the command line.
        Params base = DynamicsCatalog.create(Spec.parse(s.dynamics()), s.params()).params();
        return new GridJob(s.toRunConfig(), base, s.steps(), new Grid(axes), Sweep.Readout.parse(o.get("readout").asText()),
                o.get("seeds").asInt());
    }
}
