package org.basinscope.engine.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.chaos.BasinMap;
import org.basinscope.engine.chaos.LyapunovSpectrum;
import org.basinscope.engine.dynamics.Dynamics;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.escape.EscapeExperiment;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.spec.Spec;
import org.junit.jupiter.api.Test;

/**
 * The bits of today's 1-D and 2-D runs, recorded at commit ee4193d before the engine learnt d dimensions
 * (issue 15): every dynamics with every gradient source it takes, on a 1-D and a 2-D landscape (and a data set
 * for the minibatch sources), with noise and a fixed seed, plus one escape, one Lyapunov spectrum and one basin
 * map. Each result is hashed over the raw bits of its doubles; a refactor that changes one bit of one particle
 * fails here. To regenerate after a deliberate change: run {@link #main} and paste its output into
 * {@link #EXPECTED}.
 */
class PlanarGoldenTest {
    private static final Params P = new Params(0.02, 4, 0.3, 1.0, 0.8);
    private static final List<String> LANDSCAPES = List.of("double-well:tilt=0.1", "double-well:dim=2,tilt=0.05",
            "linear-regression");
    private static final int N = 37;
    private static final int STEPS = 300;
    private static final long SEED = 20261202L;

    /** Hashes recorded at ee4193d (run, landscape, gradient → hash). */
    private static final Map<String, Long> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("adagrad | double-well:dim=2,tilt=0.05 | exact", -2389197990125417473L);
        EXPECTED.put("adagrad | double-well:dim=2,tilt=0.05 | noisy", -798565168058334410L);
        EXPECTED.put("adagrad | double-well:tilt=0.1 | exact", -174765157557097446L);
        EXPECTED.put("adagrad | double-well:tilt=0.1 | noisy", -6533609546776844531L);
        EXPECTED.put("adagrad | linear-regression | exact", -6401523485595638299L);
        EXPECTED.put("adagrad | linear-regression | minibatch", -5879930773036481738L);
        EXPECTED.put("adagrad | linear-regression | noisy", 8134273160392304835L);
        EXPECTED.put("adam | double-well:dim=2,tilt=0.05 | exact", -1117974032828782204L);
        EXPECTED.put("adam | double-well:dim=2,tilt=0.05 | noisy", 2319568181221129729L);
        EXPECTED.put("adam | double-well:tilt=0.1 | exact", 8717122890430518488L);
        EXPECTED.put("adam | double-well:tilt=0.1 | noisy", -6385294653908558208L);
        EXPECTED.put("adam | linear-regression | exact", 3208843158551871605L);
        EXPECTED.put("adam | linear-regression | minibatch", 2947651299125944212L);
        EXPECTED.put("adam | linear-regression | noisy", 687955528850345425L);
        EXPECTED.put("basins", -7229006420660135853L);
        EXPECTED.put("escape", 3729983335859854163L);
        EXPECTED.put("gd | double-well:dim=2,tilt=0.05 | exact", 6009767396787668246L);
        EXPECTED.put("gd | double-well:dim=2,tilt=0.05 | noisy", -6351317197627946479L);
        EXPECTED.put("gd | double-well:tilt=0.1 | exact", 2790109713659816443L);
        EXPECTED.put("gd | double-well:tilt=0.1 | noisy", -3989445885782992241L);
        EXPECTED.put("gd | linear-regression | exact", 7564840896564097738L);
        EXPECTED.put("gd | linear-regression | minibatch", -8216527282919027729L);
        EXPECTED.put("gd | linear-regression | noisy", -402219123128073343L);
        EXPECTED.put("langevin | double-well:dim=2,tilt=0.05 | exact", -3438522851718923450L);
        EXPECTED.put("langevin | double-well:tilt=0.1 | exact", 5126171570127337805L);
        EXPECTED.put("langevin | linear-regression | exact", 4044708239489423633L);
        EXPECTED.put("langevin | linear-regression | minibatch", 4005147569307383242L);
        EXPECTED.put("lyapunov", -9193666237639127720L);
        EXPECTED.put("mala | double-well:dim=2,tilt=0.05 | exact", 6290947551805464868L);
        EXPECTED.put("mala | double-well:tilt=0.1 | exact", -4589164015552368110L);
        EXPECTED.put("mala | linear-regression | exact", 1233540104414733373L);
        EXPECTED.put("minibatch | linear-regression | exact", -8216527282919027729L);
        EXPECTED.put("momentum | double-well:dim=2,tilt=0.05 | exact", -36466502528156800L);
        EXPECTED.put("momentum | double-well:dim=2,tilt=0.05 | noisy", -4265736185137460481L);
        EXPECTED.put("momentum | double-well:tilt=0.1 | exact", 2423148215614486783L);
        EXPECTED.put("momentum | double-well:tilt=0.1 | noisy", 9093802049190954327L);
        EXPECTED.put("momentum | linear-regression | exact", 7747899248163098742L);
        EXPECTED.put("momentum | linear-regression | minibatch", -3099704352550017448L);
        EXPECTED.put("momentum | linear-regression | noisy", 1061296359749352987L);
        EXPECTED.put("nesterov | double-well:dim=2,tilt=0.05 | exact", -7958416221108096895L);
        EXPECTED.put("nesterov | double-well:dim=2,tilt=0.05 | noisy", -7816856017526730093L);
        EXPECTED.put("nesterov | double-well:tilt=0.1 | exact", 2900968302555769228L);
        EXPECTED.put("nesterov | double-well:tilt=0.1 | noisy", -698414703813685876L);
        EXPECTED.put("nesterov | linear-regression | exact", 272159751846841061L);
        EXPECTED.put("nesterov | linear-regression | minibatch", 1228234404553012076L);
        EXPECTED.put("nesterov | linear-regression | noisy", 6536308213496499937L);
        EXPECTED.put("replica-exchange | double-well:dim=2,tilt=0.05 | exact", 5336232012161690140L);
        EXPECTED.put("replica-exchange | double-well:tilt=0.1 | exact", 5354831013156020548L);
        EXPECTED.put("replica-exchange | linear-regression | exact", 2513984497046210496L);
        EXPECTED.put("rmsprop | double-well:dim=2,tilt=0.05 | exact", 6680680657692190121L);
        EXPECTED.put("rmsprop | double-well:dim=2,tilt=0.05 | noisy", 1781076097627857196L);
        EXPECTED.put("rmsprop | double-well:tilt=0.1 | exact", -2412926966702695727L);
        EXPECTED.put("rmsprop | double-well:tilt=0.1 | noisy", -3408456098336870477L);
        EXPECTED.put("rmsprop | linear-regression | exact", -6495998843618959697L);
        EXPECTED.put("rmsprop | linear-regression | minibatch", -3156263956698932250L);
        EXPECTED.put("rmsprop | linear-regression | noisy", -2790038523389212540L);
        EXPECTED.put("sgd | double-well:dim=2,tilt=0.05 | exact", -6351317197627946479L);
        EXPECTED.put("sgd | double-well:tilt=0.1 | exact", -3989445885782992241L);
        EXPECTED.put("sgd | linear-regression | exact", -402219123128073343L);
        EXPECTED.put("sgld | linear-regression | exact", 4005147569307383242L);
        EXPECTED.put("underdamped | double-well:dim=2,tilt=0.05 | exact", 6688308675812672762L);
        EXPECTED.put("underdamped | double-well:tilt=0.1 | exact", -1826512467136120866L);
        EXPECTED.put("underdamped | linear-regression | exact", -5642149745372257326L);
        EXPECTED.put("underdamped | linear-regression | minibatch", -2103282470888394695L);
    }

    @Test
    void everyRunKeepsItsBits() {
        Map<String, Long> now = compute();
        List<String> differ = new ArrayList<>();
        for (var e : EXPECTED.entrySet()) {
            if (!e.getValue().equals(now.get(e.getKey()))) {
                differ.add(e.getKey());
            }
        }
        assertEquals(EXPECTED.keySet(), now.keySet(), "the set of recorded runs");
        assertEquals(List.of(), differ, "runs whose bits changed");
    }

    static Map<String, Long> compute() {
        Map<String, Long> out = new TreeMap<>();
        BlockRunner runner = new BlockRunner(2);
        for (String landscape : LANDSCAPES) {
            Landscape f = LandscapeCatalog.create(landscape);
            for (var entry : DynamicsCatalog.entries()) {
                for (String gradient : entry.gradients()) {
                    DynamicsCatalog.Configured c = DynamicsCatalog.create(Spec.parse(entry.name()),
                            Spec.parse(gradient), P);
                    if (c.dynamics().incompatibility(f) != null) {
                        continue;
                    }
                    Ensemble e = new Ensemble(f, c.dynamics(), c.params(), N, SEED, f.defaultStart(), runner);
                    e.setSpread(0.3);
                    e.advance(STEPS);
                    Hash h = new Hash();
                    h.add(e.particles().x).add(e.particles().y);
                    for (double[] a : e.particles().aux) {
                        h.add(a);
                    }
                    for (boolean d : e.particles().diverged) {
                        h.add(d ? 1 : 0);
                    }
                    h.add(e.stats().meanLoss());
                    out.put(entry.name() + " | " + landscape + " | " + gradient, h.value());
                }
            }
        }
        Landscape well = LandscapeCatalog.create("double-well:tilt=0.1");
        Dynamics langevin = DynamicsCatalog.create("langevin");
        EscapeExperiment.Result escape = EscapeExperiment.run(well, langevin, Params.DEFAULT.withEta(0.02)
                .withTemperature(0.12), new double[] {-1}, new double[] {1}, 60, SEED, 200_000, runner, Progress.NONE);
        out.put("escape", new Hash().add(escape.times()).add(escape.diverged()).add(escape.steps()).value());

        Landscape kongTao = LandscapeCatalog.create("multiscale:eps=0.01");
        var map = DynamicsCatalog.create("gd").asMap(kongTao, Params.DEFAULT.withEta(1.9));
        LyapunovSpectrum.Result lyapunov = LyapunovSpectrum.compute(map, new double[] {0.3}, 100, 2000);
        out.put("lyapunov", new Hash().add(lyapunov.exponents()).add(lyapunov.stderr()).add(lyapunov.state()).value());

        Landscape three = LandscapeCatalog.create("three-hole");
        BasinMap.Result basins = BasinMap.compute(three, DynamicsCatalog.create("gd"), Params.DEFAULT.withEta(0.02),
                three.viewBox(), 24, 18, 400, 1, SEED, runner);
        Hash b = new Hash();
        for (int label : basins.labels()) {
            b.add(label);
        }
        basins.attractors().forEach(b::add);
        out.put("basins", b.add(basins.stepsTaken()).value());
        return out;
    }

    /** FNV-1a style mixing over 64-bit words: the raw bits of doubles, integers as they are. */
    private static final class Hash {
        private long h = 0xcbf29ce484222325L;

        Hash add(long word) {
            h = (h ^ word) * 0x100000001b3L;
            h ^= h >>> 29;
            return this;
        }

        Hash add(double v) {
            return add(Double.doubleToRawLongBits(v));
        }

        Hash add(double[] a) {
            add(a.length);
            for (double v : a) {
                add(v);
            }
            return this;
        }

        long value() {
            return h;
        }
    }

    /** Prints {@link #EXPECTED}'s lines for the code as it is now. */
    public static void main(String[] args) {
        compute().forEach((k, v) -> System.out.printf("        EXPECTED.put(\"%s\", %dL);%n", k, v));
    }
}
