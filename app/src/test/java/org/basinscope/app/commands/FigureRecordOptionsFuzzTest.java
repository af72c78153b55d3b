package org.basinscope.app.commands;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.basinscope.engine.spec.InvalidInputException;
import picocli.CommandLine;

/**
 * The {@code figure} and {@code record} options, from valid command lines with one or two mutations (a value
 * swapped for an absurd one, an option dropped, repeated or added with a wild value): the options read and are
 * validated into a plan — everything checked before the toolkit starts — or are refused with a one-line message
 * (picocli's, or ours), never another exception or a hang. Nothing is rendered or written.
 */
class FigureRecordOptionsFuzzTest {
    private static final String DIR = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString();
    private static final String[] NASTY = {"0", "-0", "-1", "1", "19.9", "20", "500", "500.1", "1e400", "-1e400", "NaN",
        "Infinity", "", " ", "abc", "2147483648", "9223372036854775808", "1200", "1201", "29", "4", "36", "36.5",
        "2000", "2001", "50", "51", "0.5", "pdf", "svg", "png", "gif", "mp4", "landscape", "loss,loss", ",", "x^2",
        DIR + "/a.pdf", DIR + "/a.gif", DIR + "/a.mp4", DIR + "/no/such/dir/a.png", DIR + "/a", "/", "\u0000"};
    private static final List<List<String>> FIGURES = List.of(
            List.of("--plots", "landscape,loss", "--out", DIR + "/f.pdf", "--steps", "50"),
            List.of("--plots", "histogram", "--format", "png", "--dpi", "150", "--width-mm", "85", "--out", DIR + "/f.png",
                    "--steps", "20", "--particles", "200"),
            List.of("--preset", "momentum-with-noise", "--plots", "loss", "--font-pt", "7", "--height-mm", "60", "--out",
                    DIR + "/f.svg"));
    private static final List<List<String>> RECORDINGS = List.of(
            List.of("--frames", "10", "--every", "5", "--out", DIR + "/r.gif", "--steps", "20"),
            List.of("--view", "loss", "--fps", "10", "--frames", "3", "--width", "800", "--height", "600", "--out",
                    DIR + "/r.gif"),
            List.of("--preset", "momentum-with-noise", "--view", "window", "--plots", "live", "--out", DIR + "/r.gif"));
    private static final List<String> FIGURE_OPTIONS = List.of("--plots", "--format", "--width-mm", "--height-mm",
            "--dpi", "--font-pt", "--out", "--steps", "--eta", "--batch", "--particles", "--seed", "--landscape",
            "--dynamics", "--preset", "--setup", "--schedule", "--x0");
    private static final List<String> RECORD_OPTIONS = List.of("--frames", "--fps", "--every", "--view", "--out",
            "--width", "--height", "--plots", "--overlay", "--steps", "--eta", "--particles", "--preset", "--setup",
            "--presentation", "--landscape", "--dynamics");

    @Provide
    Arbitrary<List<String>> figureLines() {
        return twice(mutated(FIGURES, FIGURE_OPTIONS));
    }

    @Provide
    Arbitrary<List<String>> recordLines() {
        return twice(mutated(RECORDINGS, RECORD_OPTIONS));
    }

    @Property(tries = 1500, seed = "31")
    void figureOptionsGiveAPlanOrAOneLineRefusal(@ForAll("figureLines") List<String> args) {
        plansOrRefuses(new FigureCommand(), args, c -> c.plan());
    }

    @Property(tries = 1500, seed = "32")
    void recordOptionsGiveAPlanOrAOneLineRefusal(@ForAll("recordLines") List<String> args) {
        plansOrRefuses(new RecordCommand(), args, c -> c.plan());
    }

    /** A command's validation step. */
    private interface Planner<C> {
        Object plan(C command) throws Exception;
    }

    private static <C extends Callable<Integer>> void plansOrRefuses(C command, List<String> args, Planner<C> plan) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            CommandLine cl = new CommandLine(command);
            try {
                cl.parseArgs(args.toArray(String[]::new));
                assertTrue(plan.plan(command) != null);
            } catch (CommandLine.ParameterException | InvalidInputException e) {
                String message = e.getMessage();
                assertFalse(message == null || message.isBlank(), "a message: " + args);
                // The launcher prints the first line (Cli.firstLine); ours are one line throughout.
                if (e instanceof InvalidInputException) {
                    assertTrue(message.lines().count() == 1, "one line: " + message);
                }
            }
        }, () -> "options " + args);
    }

    private static Arbitrary<List<String>> twice(Function<Arbitrary<List<String>>, Arbitrary<List<String>>> mutate) {
        return Arbitraries.integers().between(1, 2).flatMap(n -> n == 1 ? mutate.apply(null) : mutate.apply(mutate.apply(null)));
    }

    /** One mutation of a line (or of {@code lines}' lines when given none). */
    private static Function<Arbitrary<List<String>>, Arbitrary<List<String>>> mutated(List<List<String>> valid,
            List<String> options) {
        return from -> {
            Arbitrary<List<String>> base = from != null ? from : Arbitraries.of(valid);
            Arbitrary<List<String>> swapped = Combinators.combine(base, Arbitraries.integers().between(0, 20),
                    Arbitraries.of(NASTY)).as((l, i, v) -> {
                        List<String> out = new ArrayList<>(l);
                        // A value (the word after an option), not the option's name.
                        int at = Math.min(out.size() - 1, 2 * (i / 2) + 1);
                        if (at >= 0) {
                            out.set(at, v);
                        }
                        return out;
                    });
            Arbitrary<List<String>> dropped = Combinators.combine(base, Arbitraries.integers().between(0, 20))
                    .as((l, i) -> {
                        List<String> out = new ArrayList<>(l);
                        if (!out.isEmpty()) {
                            out.remove(Math.min(out.size() - 1, i));
                        }
                        return out;
                    });
            Arbitrary<List<String>> added = Combinators.combine(base, Arbitraries.of(options), Arbitraries.of(NASTY))
                    .as((l, o, v) -> {
                        List<String> out = new ArrayList<>(l);
                        out.add(o);
                        out.add(v);
                        return out;
                    });
            return Arbitraries.oneOf(swapped, dropped, added);
        };
    }
}
