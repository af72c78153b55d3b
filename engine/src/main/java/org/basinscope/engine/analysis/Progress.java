package org.basinscope.engine.analysis;

import java.util.concurrent.CancellationException;

/**
 * How a long analysis reports how far it got and learns that it should stop. Analyses call
 * {@link #step} between units of work; it throws {@link CancellationException} once cancelled.
 */
public interface Progress {
    /** Does nothing and never cancels. */
    Progress NONE = new Progress() {
        @Override
        public void report(double fraction) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Fraction done, in [0, 1]; may be called from several threads. */
    void report(double fraction);

    boolean cancelled();

    /** Reports and stops the analysis if it was cancelled. */
    default void step(double fraction) {
        if (cancelled()) {
            throw new CancellationException("cancelled");
        }
        report(fraction);
    }
}
