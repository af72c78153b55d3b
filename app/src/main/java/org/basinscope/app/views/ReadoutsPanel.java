package org.basinscope.app.views;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.basinscope.app.controls.Display;
import org.basinscope.engine.analysis.GradientNoise;
import org.basinscope.engine.analysis.Readouts;
import org.basinscope.engine.analysis.Stability;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.live.Snapshot;
import org.basinscope.engine.live.probe.AcceptanceProbe;
import org.basinscope.engine.live.probe.GibbsDistanceProbe;
import org.basinscope.engine.live.probe.LiveProbes;
import org.basinscope.engine.live.probe.OccupancyProbe;

/**
 * The numbers beside the plots, each with the formula or convention it comes from: T_eff, the
 * curvature at the cloud's mean, the stability edge 2/λmax against η, the contraction factor, the
 * predicted against the measured stationary variance, and the diverged count.
 */
public final class ReadoutsPanel extends GridPane {
    private final Label temperature = value("readout-temperature");
    private final Label temperatureFormula = note();
    private final Label curvature = value("readout-curvature");
    private final Label edge = value("readout-edge");
    private final Label stability = value("readout-stability");
    private final Label wells = value("readout-wells");
    private final Label contraction = value("readout-contraction");
    private final Label contractionNote = note();
    private final Label variance = value("readout-variance");
    private final Label varianceNote = note();
    private final Label distance = value("readout-distance");
    private final Label distanceNote = note();
    private final Label noise = value("readout-noise");
    private final Label noiseNote = note();
    private Label noiseName;
    private boolean presentation;
    private boolean compact;
    private final Label diverged = value("readout-diverged");
    private final Label run = value("readout-run");

    public ReadoutsPanel() {
        getStyleClass().add("readouts");
        setPadding(new Insets(10, 12, 10, 12));
        setHgap(12);
        setVgap(5);
        ColumnConstraints names = new ColumnConstraints();
        // Never narrower than the longest name (at 13 px or presentation's 20 px), so none is cut to "Temperat…".
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setMinWidth(220);
        ColumnConstraints notes = new ColumnConstraints();
        notes.setHgrow(Priority.ALWAYS);
        // Squeezed to a few pixels (a narrow window) every note wrapped a letter a line and each row grew a
        // picture tall; below this width the panel scrolls sideways instead.
        notes.setMinWidth(110);
        getColumnConstraints().addAll(names, values, notes);
        Label title = new Label("Readouts");
        title.getStyleClass().add("panel-title");
        add(title, 0, 0, 3, 1);
        row(1, "Temperature", temperature, temperatureFormula);
        row(2, "Curvature at mean", curvature, note("Hessian eigenvalues at the cloud's mean"));
        row(3, "Stability edge", edge, note("2/λmax: GD on a quadratic diverges above it"));
        row(4, "η vs 2/λmax", stability, note(""));
        row(5, "Occupied minima", wells, note("each particle counted at its nearest minimum; ρ: the dynamics' "
                + "contraction there"));
        row(6, "Contraction ρ", contraction, contractionNote);
        row(7, "Stationary var.", variance, varianceNote);
        row(8, "Distance to curve", distance, distanceNote);
        noiseName = row(9, "Gradient noise", noise, noiseNote);
        row(10, "Diverged", diverged, note("|x| > 10⁶ or NaN: removed and counted"));
        row(11, "Run", run, note(""));
    }

    /** Presentation mode: the numbers only (the notes are for reading up close). */
    public void setPresentation(boolean on) {
        presentation = on;
        showNotes();
    }

    /**
     * A narrow panel: the numbers only, each note the tooltip of its name (beside the numbers, in a few hundred
     * pixels, the notes wrapped a word a line and made every row tall).
     */
    public void setCompact(boolean on) {
        compact = on;
        showNotes();
    }

    private void showNotes() {
        boolean notes = !presentation && !compact;
        for (Node n : getChildren()) {
            Integer column = GridPane.getColumnIndex(n);
            if (column != null && column == 2) {
                n.setVisible(notes);
                n.setManaged(notes);
            }
        }
    }

    private Label row(int r, String name, Label value, Label note) {
        Label n = new Label(name);
        n.getStyleClass().add("readout-name");
        n.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.textProperty().bind(note.textProperty());
        n.setTooltip(tip);
        add(n, 0, r);
        add(value, 1, r);
        add(note, 2, r);
        return n;
    }

    private static Label value(String id) {
        Label l = new Label("—");
        l.setId(id);
        l.getStyleClass().add("readout-value");
        l.setWrapText(true);
        return l;
    }

    private static Label note() {
        return note("");
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("readout-note");
        l.setWrapText(true);
        return l;
    }

    public void show(Snapshot s, double framesPerSecond) {
        Readouts r = s.get(LiveProbes.READOUTS);
        Params p = s.params();
        temperature.setText("T_eff = " + Display.number(r.effectiveTemperature()));
        temperatureFormula.setText(r.temperatureFormula());
        String where = s.stats().alive() == 0 ? "  (at start)" : "";
        curvature.setText((s.config().landscape().dimension() == 1 ? "f'' = " + Display.number(r.lambdaMax())
                : Display.number(r.lambdaMin()) + ", " + Display.number(r.lambdaMax())) + where);
        edge.setText(Display.number(r.stabilityEdge()));
        Stability.Verdict verdict = Stability.verdict(r, s.stats(), p.eta());
        stability.setText(verdict.text());
        stability.getStyleClass().removeAll("good", "bad");
        if (verdict.tone() != Stability.Tone.NEUTRAL) {
            stability.getStyleClass().add(verdict.tone() == Stability.Tone.GOOD ? "good" : "bad");
        }
        showWells(s, p.eta());
        contraction.setText(Double.isNaN(r.contraction()) ? "n/a" : "ρ = " + Display.number(r.contraction()));
        contraction.getStyleClass().removeAll("good", "bad");
        boolean meaningful = Stability.meanNearMinimum(r);
        if (!Double.isNaN(r.contraction()) && meaningful) {
            contraction.getStyleClass().add(r.contraction() < 1 ? "good" : "bad");
        }
        contractionNote.setText(Double.isNaN(r.contraction())
                ? s.config().dynamics().name() + " has no fixed linear factor (it rescales its step)"
                : !meaningful
                ? "per-step factor at the mean's curvature λmax ≤ 0, which is no minimum's: see the occupied minima"
                : "per-step factor of " + s.config().dynamics().name() + " at curvature λmax; < 1 contracts");
        StringBuilder v = new StringBuilder();
        double[] predicted = r.predictedVariance();
        double[] measured = r.measuredVariance();
        for (int k = 0; k < predicted.length; k++) {
            if (k > 0) {
                v.append('\n');
            }
            v.append(Display.number(measured[k])).append(" vs ").append(Display.number(predicted[k]));
        }
        variance.setText(v.toString());
        varianceNote.setText(predicted.length == 2
                ? "measured vs predicted along the λmin, λmax directions (valid once the cloud is in one well)"
                : "measured vs predicted at the mean (valid once the cloud is in one well)");
        showDistance(s, r);
        showNoise(r);
        diverged.setText(r.diverged() + " of " + s.stats().particles());
        diverged.getStyleClass().removeAll("bad");
        if (r.diverged() > 0) {
            diverged.getStyleClass().add("bad");
        }
        run.setText(s.running()
                ? "step " + s.step() + " · " + Display.number(Math.round(s.stepsPerSecond())) + " steps/s · "
                        + Math.round(framesPerSecond) + " fps"
                : "step " + s.step() + " · paused");
    }

    /** Each occupied minimum: where, how full, its curvature, edge and contraction, and the verdict there. */
    private void showWells(Snapshot s, double eta) {
        OccupancyProbe.Occupancy occupancy = s.get(LiveProbes.OCCUPANCY);
        if (occupancy == null || occupancy.wells().isEmpty()) {
            wells.setText(s.critical() != null && s.critical().truncated() ? "too many minima to list" : "none");
            return;
        }
        StringBuilder b = new StringBuilder();
        boolean two = s.config().landscape().dimension() == 2;
        for (Stability.Well w : occupancy.wells()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(two ? "(" + Display.number(w.position()[0]) + ", " + Display.number(w.position()[1]) + ")"
                    : "x = " + Display.number(w.position()[0]))
                    .append(' ').append(Math.round(100 * w.fraction())).append("%: λmax ")
                    .append(Display.number(w.lambdaMax())).append(", 2/λmax ").append(Display.number(w.edge()))
                    .append(Double.isNaN(w.contraction()) ? "" : ", ρ " + Display.number(w.contraction()))
                    .append(w.stable(eta) ? ", stable" : ", unstable");
        }
        wells.setText(b.toString());
    }

    /** KS and TV of x against the histogram's density curve, and the dynamics' accept/reject rates. */
    private void showDistance(Snapshot s, Readouts readouts) {
        GibbsDistanceProbe.Distance d = s.get(LiveProbes.GIBBS_DISTANCE);
        String text = d == null ? "n/a" : "KS " + Display.number(d.ks()) + " · TV " + Display.number(d.tv());
        String note = d == null ? (Double.isNaN(readouts.effectiveTemperature()) ? "no density curve: no T_eff"
                : "no density curve: T_eff = 0")
                : "x vs the histogram's curve; exact samples give KS ≈ 0.87/√n (n ≤ 10⁴), TV ≈ √(bins/2πN)";
        AcceptanceProbe.Rates rates = s.get(LiveProbes.ACCEPTANCE);
        if (rates != null) {
            StringBuilder r = new StringBuilder();
            for (double rate : rates.rates()) {
                r.append(r.length() == 0 ? "" : ", ").append(Double.isNaN(rate) ? "—" : Math.round(100 * rate) + "%");
            }
            text += "\n" + rates.label() + ": " + r;
            note += "; " + rates.note();
        }
        distance.setText(text);
        distanceNote.setText(note);
    }

    /** Data-driven losses: the gradient-noise covariance S beside the Hessian H, and how aligned they are. */
    private void showNoise(Readouts r) {
        GradientNoise g = r.gradientNoise();
        boolean shown = g != null;
        noise.setVisible(shown);
        noise.setManaged(shown);
        noiseNote.setVisible(shown);
        noiseNote.setManaged(shown);
        noiseName.setVisible(shown);
        noiseName.setManaged(shown);
        if (!shown) {
            return;
        }
        noise.setText("S = " + matrix(g.covariance()) + "\nH = " + matrix(g.hessian()));
        noiseNote.setText("per-example gradient covariance S and Hessian H at the mean, {xx, xy; yy}; alignment "
                + "tr(SH)/(‖S‖‖H‖) = " + Display.number(g.alignment()) + " (1: noise shaped like the curvature)");
    }

    /** A symmetric 2×2 matrix {xx, xy, yy} as {@code [xx, xy; yy]}. */
    private static String matrix(double[] m) {
        return "[" + Display.number(m[0]) + ", " + Display.number(m[1]) + "; " + Display.number(m[2]) + "]";
    }
}
