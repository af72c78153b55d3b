package org.basinscope.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.basinscope.app.jobs.AnalysisJobs;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.ConcurrencyTest;

/**
 * The analysis jobs' hand-over (AnalysisJobs: submit / cancel / settle / result) between the window's thread,
 * the background worker and a script polling for "done". A single-thread executor stands in for the FX thread.
 */
@ExtendWith(FrayTestExtension.class)
class AnalysisJobsHandOverTest {

    /** A stand-in for the FX thread and the jobs that deliver to it. */
    private static final class Window implements AutoCloseable {
        final ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "fx"));
        final AtomicReference<Thread> fxThread = new AtomicReference<>();
        final AnalysisJobs jobs;

        Window() throws InterruptedException, ExecutionException {
            fx.submit(() -> fxThread.set(Thread.currentThread())).get();
            jobs = new AnalysisJobs(fx, () -> Thread.currentThread() == fxThread.get());
        }

        /** Runs {@code action} on the stand-in FX thread and waits for it, as a button press does. */
        void onFx(Runnable action) throws InterruptedException, ExecutionException {
            fx.submit(action).get();
        }

        @Override
        public void close() throws InterruptedException {
            jobs.close();
            fx.shutdown();
            fx.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /**
     * A job that says it has settled (idle) has delivered its result: a script or a recording waits for idle and
     * then reads the view, which must show the result (the "settled before delivered" race seen in CI).
     */
    @ConcurrencyTest(iterations = 1000)
    void aSettledJobHasDeliveredItsResult() throws Exception {
        try (Window w = new Window()) {
            AtomicReference<String> shown = new AtomicReference<>();
            w.onFx(() -> w.jobs.submit("map", p -> "the map", shown::set, failure -> { }));
            while (!w.jobs.idle("map")) {
                LiveSimulationHandOverTest.pause();
            }
            assertEquals("the map", shown.get());
        }
    }

    /**
     * Cancel followed by submit never shows the cancelled result: once the second submit has returned on the FX
     * thread, only the new job's result may reach the view, whenever the old one finishes.
     */
    @ConcurrencyTest(iterations = 1000)
    void aReplacedJobsResultIsNeverShown() throws Exception {
        try (Window w = new Window()) {
            List<String> shown = new CopyOnWriteArrayList<>();
            AtomicBoolean replaced = new AtomicBoolean();
            AtomicReference<String> broken = new AtomicReference<>();
            w.onFx(() -> w.jobs.submit("map", p -> "old", r -> {
                if (replaced.get()) {
                    broken.compareAndSet(null, "the replaced job's result was shown");
                }
                shown.add(r);
            }, failure -> { }));
            w.onFx(() -> {
                w.jobs.cancel("map");
                w.jobs.submit("map", p -> "new", shown::add, failure -> { });
                replaced.set(true);
            });
            while (!w.jobs.idle("map")) {
                LiveSimulationHandOverTest.pause();
            }
            assertNull(broken.get());
            assertEquals("new", shown.get(shown.size() - 1));
        }
    }
}
