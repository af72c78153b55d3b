package org.basinscope.app.views.landscape;

import java.util.Locale;
import org.basinscope.engine.analysis.CriticalPoint;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.probe.TrailsProbe;

/**
 * The landscape view's data for export, made off the FX thread from a snapshot (immutable): CSV of the drawn
 * particles, trails and critical points. (Its drawing is {@link LandscapeDrawing}.)
 */
final class LandscapeExport {
    private LandscapeExport() {
    }

    static String csv(Snapshot s) {
        StringBuilder b = new StringBuilder("# landscape f = ").append(s == null ? "" : s.config().landscape().describe())
                .append("\nseries,x,y\n");
        if (s == null) {
            return b.toString();
        }
        float[] xs = s.cloud().xs();
        float[] ys = s.cloud().ys();
        for (int i = 0; i < xs.length; i++) {
            b.append("particle,").append((double) xs[i]).append(',').append((double) ys[i]).append('\n');
        }
        TrailsProbe.Paths t = s.get(LiveProbes.TRAILS);
        for (int p = 0; p < t.count(); p++) {
            for (int k = 0; k < t.x()[p].length; k++) {
                if (Double.isFinite(t.x()[p][k])) {
                    b.append("trail ").append(p).append(',').append(t.x()[p][k]).append(',').append(t.y()[p][k]).append('\n');
                }
            }
        }
        for (CriticalPoint c : s.critical().points()) {
            b.append(c.kind().name().toLowerCase(Locale.ROOT)).append(',').append(c.x()).append(',')
                    .append(c.y()).append('\n');
        }
        return b.toString();
    }
}
