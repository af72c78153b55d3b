package org.basinscope.app.dimensional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import javafx.scene.control.ChoiceBox;
import javafx.scene.image.WritableImage;
import org.basinscope.app.testing.WindowExtension;
import org.basinscope.app.window.MainWindow;
import org.basinscope.engine.dynamics.Param;
import org.basinscope.engine.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/**
 * The window's d-dimensional view (issue 16), headless: the projection picker changes the plane and the picture,
 * the spectrum plot shows k curves and its 2/η line follows the η slider, a plane that does not apply is not
 * offered (with a tooltip saying why), and Back returns to the planar run.
 */
@ExtendWith(WindowExtension.class)
class DimensionalViewTest {
    private MainWindow window;

    private static Session quadratic(String dynamics, int particles, double eta) {
        return new Session(Session.VERSION, "quadratic:dim=100,lmin=0.05,lmax=2,rotate=3", dynamics, eta, 1, 0.05, 1,
                0.9, particles, 5, null, 0, 5, Map.of());
    }

    private DimensionalPane open(FxRobot robot, Session s) {
        robot.interact(() -> window.load(s));
        WindowExtension.await("the d-dimensional view with its first map", () -> window.dimensional() != null
                && window.dimensional().shown() != null && window.dimensional().shown().map() != null
                && window.dimensional().entered());
        return window.dimensional();
    }

    /** Waits until the FX thread has run {@code n} more pulses (the pane's frames come on pulses too). */
    private static void awaitPulses(FxRobot robot, int n) throws InterruptedException {
        java.util.concurrent.CountDownLatch pulses = new java.util.concurrent.CountDownLatch(n);
        javafx.animation.AnimationTimer[] timer = new javafx.animation.AnimationTimer[1];
        robot.interact(() -> {
            timer[0] = new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulses.countDown();
                }
            };
            timer[0].start();
        });
        assertTrue(pulses.await(30, java.util.concurrent.TimeUnit.SECONDS), n + " pulses within 30 s");
        robot.interact(timer[0]::stop);
    }

    private static int[] pixels(FxRobot robot, DimensionalPane pane) {
        return pixels(robot, pane.projectionView().canvas());
    }

    private static int[] pixels(FxRobot robot, javafx.scene.canvas.Canvas canvas) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = canvas.snapshot(null, null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        int[] argb = new int[w * h];
        image[0].getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    @Test
    void thePickerChangesThePlaneAndThePicture(FxRobot robot) {
        DimensionalPane pane = open(robot, quadratic("langevin", 2000, 0.1));
        assertEquals("hessian:seed=1", pane.projectionView().shownPlane());
        assertEquals(2000, pane.projectionView().drawn());
        int[] before = pixels(robot, pane);
        robot.interact(() -> pane.choosePlane(ProjectionPicker.Kind.COORDINATES));
        WindowExtension.await("the map on coordinates 0 and 1", () -> "coords:0,1".equals(
                pane.projectionView().shownPlane()));
        int[] after = pixels(robot, pane);
        long changed = 0;
        for (int k = 0; k < before.length; k++) {
            changed += before[k] != after[k] ? 1 : 0;
        }
        assertTrue(changed > before.length / 10, changed + " of " + before.length + " pixels changed");
        // All particles start at one point, which has no principal components: said, then drawn once they spread.
        robot.interact(() -> pane.choosePlane(ProjectionPicker.Kind.PCA));
        robot.interact(() -> pane.simulation().advanceBy(5));
        WindowExtension.await("the map on the cloud's principal components", () -> "pca:seed=1".equals(
                pane.projectionView().shownPlane()));
        assertNull(pane.shown().message());
        // Through a minimum: found in the background by descent from the mean; the quadratic's is the origin.
        robot.clickOn("#projection-centre");
        robot.clickOn(ProjectionPicker.MINIMUM);
        WindowExtension.await("the map through the minimum", () -> pane.shown() != null && pane.shown().map() != null
                && "minimum".equals(pane.shown().map().centre()));
        for (double c : pane.shown().map().projection().centre()) {
            assertEquals(0, c, 1e-8);
        }
    }

    @Test
    void theSpectrumShowsThreeCurvesAndItsEdgeFollowsTheEtaSlider(FxRobot robot) {
        DimensionalPane pane = open(robot, quadratic("gd", 20, 0.2));
        WindowExtension.await("the spectrum drawn", () -> pane.spectrumPlot().curves() == 3
                && pane.spectrumPlot().edge() == 2 / 0.2);
        assertNull(pane.slider(Param.TEMPERATURE), "gd takes no temperature: no slider for it");
        robot.interact(() -> pane.slider(Param.ETA).setValue(0.5));
        WindowExtension.await("2/η = 4 after the slider moved", () -> pane.spectrumPlot().edge() == 4.0);
        assertEquals(0.5, pane.simulation().params().eta());
        robot.clickOn("#dim-run");
        WindowExtension.await("the run advances", () -> pane.shown() != null && pane.shown().step() > 30);
        // λ₁ of the 100-D quadratic is lmax = 2, at every point.
        assertEquals(2.0, pane.simulation().latest().spectrum().sharpness(), 1e-9);
    }

    /**
     * SGD with isotropic noise (σ = 1, B = 1): the noise plot shows μ₁ … μ₃ = σ²/B = 1 and an alignment with H equal
     * to isotropic noise's own, tr H/(√d‖H‖_F) over λᵢ = 0.05·40^{i/99} (seed 001 Th. 5); GD says it has none.
     */
    @Test
    void theNoisePlotShowsTheNoiseEigenvaluesAndTheirAlignmentAndSaysWhenThereIsNoNoise(FxRobot robot) {
        DimensionalPane pane = open(robot, quadratic("sgd", 20, 0.2));
        WindowExtension.await("the noise plot drawn", () -> pane.noisePlot() != null && pane.noisePlot().curves() == 3
                && pane.noisePlot().caption().startsWith("μ₁"));
        double trace = 0;
        double squares = 0;
        for (int i = 0; i < 100; i++) {
            double lambda = 0.05 * Math.pow(40, i / 99.0);
            trace += lambda;
            squares += lambda * lambda;
        }
        String a = org.basinscope.app.controls.Display.number(trace / Math.sqrt(100 * squares));
        String caption = pane.noisePlot().caption();
        assertTrue(caption.equals("μ₁ = 1; alignment with H " + a + " (isotropic noise " + a + ", C ∝ H 1)"),
                caption);
        DimensionalPane exact = open(robot, quadratic("gd", 20, 0.2));
        WindowExtension.await("no noise said", () -> exact.noisePlot() != null && exact.noisePlot().curves() == 0);
        assertEquals("The gradient is exact: this run has no gradient noise.", exact.noisePlot().caption());
    }

    /**
     * The histograms tab: its chart is made when first shown, along u₁ by default with the scheme's stationary
     * Gaussian (Langevin: T/(λ(1 − ηλ/2)) at λ₁ = lmax = 2), and of each particle's loss when chosen.
     */
    @Test
    void theHistogramsTabShowsTheCloudAlongTheTopEigenvectorAgainstItsStationaryGaussian(FxRobot robot) {
        DimensionalPane pane = open(robot, quadratic("langevin", 2000, 0.1));
        assertNull(pane.histogramPlot(), "not made before its tab is shown");
        robot.clickOn("Histograms");
        WindowExtension.await("the histogram along u₁ with its prediction", () -> pane.histogramPlot() != null
                && pane.histogramPlot().predictedPoints() == 40);
        double v = 0.05 / (2 * (1 - 0.1 * 2 / 2));
        String caption = pane.histogramPlot().caption();
        assertTrue(caption.startsWith("λ₁ = 2, variance ") && caption.contains("against the stationary "
                + org.basinscope.app.controls.Display.number(v) + " of langevin"), caption);
        robot.interact(() -> pane.histogramPlot().choose(0));
        robot.interact(() -> pane.simulation().stepOnce());
        WindowExtension.await("the loss histogram", () -> pane.histogramPlot().caption().startsWith("2000 particles")
                && pane.histogramPlot().predictedPoints() == 0);
    }

    /**
     * The coordinate entry: its spinner chooses θᵢ, the simulation takes that coordinate's histogram, and where the
     * landscape has an exact Gibbs marginal (a mixture on a line: across it N(0, T·s²)) it is drawn beside the bars.
     */
    @Test
    void aChosenCoordinateIsDrawnAgainstItsExactGibbsMarginal(FxRobot robot) {
        DimensionalPane pane = open(robot, new Session(Session.VERSION, "mixture:dim=4,modes=3", "mala", 0.2, 1, 1, 1,
                0.9, 1000, 5, null, 0, 5, Map.of()));
        robot.clickOn("Histograms");
        WindowExtension.await("the histogram's chart", () -> pane.histogramPlot() != null);
        robot.clickOn("#histogram-of");
        robot.clickOn("coordinate θ");
        assertTrue(robot.lookup("#histogram-coordinate").query().isVisible(), "the coordinate's spinner shows");
        robot.interact(() -> pane.simulation().stepOnce());
        WindowExtension.await("θ₁ along the line with its three-mode marginal", () -> pane
                .histogramPlot().caption().startsWith("θ₁: mean ") && pane.histogramPlot().gibbsPoints() > 0);
        assertTrue(pane.histogramPlot().caption().contains("exact Gibbs marginal Σₖ wₖ N(μₖ, s²) at T = 1"),
                pane.histogramPlot().caption());
        robot.interact(() -> ((javafx.scene.control.Spinner<?>) robot.lookup("#histogram-coordinate").query())
                .increment(2));
        robot.interact(() -> pane.simulation().stepOnce());
        WindowExtension.await("θ₃ across the line", () -> pane.histogramPlot().caption().startsWith("θ₃: mean ")
                && pane.histogramPlot().caption().contains("N(0, T·s²)"));
    }

    @Test
    void aRecordingIsRefusedWhileTheViewIsShownAndItsPlotsEnterAfterTheRest(FxRobot robot) throws Exception {
        DimensionalPane pane = open(robot, quadratic("gd", 3, 0.2));
        WindowExtension.await("the plots entered", pane::entered);
        java.util.concurrent.CompletableFuture<?>[] done = new java.util.concurrent.CompletableFuture<?>[1];
        java.nio.file.Path gif = java.nio.file.Files.createTempFile("dim", ".gif");
        robot.interact(() -> done[0] = window.recordAnimation(new org.basinscope.app.record.RecordRequest(2, 10,
                "landscape", gif)));
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.ExecutionException.class,
                () -> done[0].get());
        // The recorder takes the planar run's frames, which stop while this view is shown: said, not hung.
        assertEquals("Recording is offered for the planar view only: press Back first.", e.getCause().getMessage());
        assertEquals(e.getCause().getMessage(), window.notice());
    }

    @Test
    void principalComponentsOfOneParticleAreNotOfferedAndBackReturnsToThePlanarRun(FxRobot robot) {
        String planar = window.shown().config().landscapeSpec();
        DimensionalPane pane = open(robot, quadratic("gd", 1, 0.2));
        ChoiceBox<?> kind = robot.lookup("#projection-plane").queryAs(ChoiceBox.class);
        assertFalse(kind.getItems().contains(ProjectionPicker.Kind.PCA), kind.getItems().toString());
        assertNotNull(kind.getTooltip());
        assertTrue(kind.getTooltip().getText().contains("at least 3 particles"), kind.getTooltip().getText());
        assertTrue(Arrays.asList(ProjectionPicker.Kind.values()).containsAll(kind.getItems()));
        assertTrue(pane.networkTab().isDisable(), "a quadratic is no classifier: no network to draw");
        assertTrue(pane.networkTab().getTooltip().getText().contains("is not one"),
                pane.networkTab().getTooltip().getText());
        assertFalse(robot.lookup("#controls-column").query().isVisible(), "the planar controls are put aside");
        robot.clickOn("#dim-back");
        assertNull(window.dimensional());
        assertEquals(planar, window.shown().config().landscapeSpec());
        assertFalse(pane.simulation().running());
        assertNull(pane.root().getScene(), "the pane has left the window");
        assertTrue(robot.lookup("#controls-column").query().isVisible(), "the planar controls are back");
    }

    @Test
    void comparingABLeavesTheView(FxRobot robot) {
        DimensionalPane pane = open(robot, quadratic("gd", 3, 0.2));
        robot.interact(() -> window.setCompare(true));
        // A/B takes the window's centre too: the d-dimensional view goes, as with its Back, instead of staying under it.
        assertNull(window.dimensional());
        assertNull(pane.root().getScene());
        assertNotNull(window.compare());
        assertTrue(robot.lookup("#controls-column").query().isVisible());
        robot.interact(() -> window.setCompare(false));
    }

    @Test
    void theNetworkViewRedrawsAsParticle0LearnsAndNotWhilePaused(FxRobot robot) throws InterruptedException {
        Session s = new Session(Session.VERSION, "mlp:data=two-moons,hidden=16,16,activation=tanh,loss=xent", "gd",
                0.5, 16, 0.05, 1, 0.9, 8, 1, null, 0, 5, Map.of());
        DimensionalPane pane = open(robot, s);
        robot.interact(() -> pane.showView(DimensionalPane.View.NETWORK));
        WindowExtension.await("the network drawn", () -> pane.networkView().redraws() > 0
                && pane.networkView().getWidth() > 300);
        assertFalse(pane.networkTab().isDisable());
        robot.clickOn("#dim-run");
        WindowExtension.await("a picture from step 20 on", () -> pane.simulation().latest().network().step() >= 20);
        long first = pane.simulation().latest().network().step();
        int[] before = pixels(robot, pane.networkView().canvas());
        WindowExtension.await("a later picture", () -> pane.simulation().latest().network().step() >= first + 30);
        int[] after = pixels(robot, pane.networkView().canvas());
        assertFalse(Arrays.equals(before, after), "the regions move while particle 0 learns");
        robot.clickOn("#dim-run");
        WindowExtension.await("paused on screen", () -> pane.shown() != null && !pane.shown().running());
        int[] paused = pixels(robot, pane.networkView().canvas());
        long redraws = pane.networkView().redraws();
        awaitPulses(robot, 20);
        assertEquals(redraws, pane.networkView().redraws(), "no new picture while paused");
        assertTrue(Arrays.equals(paused, pixels(robot, pane.networkView().canvas())), "the same pixels while paused");
    }

    /**
     * The ensemble's vote: choosing it in the Network tab draws the mean of up to 32 networks' probabilities — here all
     * 40 particles' first 32 — with a title that says so, equal bit for bit to the vote computed from the particles
     * themselves; particle 0 again draws one network.
     */
    @Test
    void theEnsembleVoteAveragesTheNetworksAndSaysSo(FxRobot robot) {
        Session s = new Session(Session.VERSION, "mlp:data=two-moons,hidden=8,activation=tanh,loss=xent", "langevin",
                0.2, 1, 0.01, 1, 0.9, 40, 1, null, 0, 5, Map.of());
        DimensionalPane pane = open(robot, s);
        robot.interact(() -> pane.showView(DimensionalPane.View.NETWORK));
        robot.clickOn("#network-source");
        robot.clickOn(DimensionalPane.ENSEMBLE_VOTE);
        robot.interact(() -> pane.simulation().stepOnce());
        WindowExtension.await("the vote on screen", () -> pane.networkView().picture() != null
                && pane.networkView().picture().members() == 32);
        var p = pane.networkView().picture();
        assertTrue(NetworkView.title(p).startsWith("Vote of 32 networks at step "), NetworkView.title(p));
        assertTrue(NetworkView.title(p).contains(": training accuracy "), NetworkView.title(p));
        // "particle 0" also names the plane's centre and a legend entry: chosen through the pane, as a click would.
        robot.interact(() -> pane.showVote(false));
        robot.interact(() -> pane.simulation().stepOnce());
        WindowExtension.await("particle 0 again", () -> pane.networkView().picture().members() == 1);
        assertTrue(NetworkView.title(pane.networkView().picture()).startsWith("Particle 0's network"));
    }

    /**
     * Saving a d-dimensional run (File → Save, the autosave): the window's session is the d-dimensional one, with the
     * slider's move in its history; opening it replays to the same step with the same bits.
     */
    @Test
    void aSavedDimensionalRunReopensAtItsStepWithTheSameBits(FxRobot robot) {
        DimensionalPane pane = open(robot, quadratic("langevin", 200, 0.05));
        robot.interact(() -> pane.simulation().advanceBy(30));
        WindowExtension.await("step 30", () -> pane.shown() != null && pane.shown().step() == 30);
        robot.interact(() -> pane.slider(Param.ETA).setValue(0.02));
        robot.interact(() -> pane.simulation().advanceBy(20));
        WindowExtension.await("step 50 with η = 0.02", () -> pane.shown() != null && pane.shown().step() == 50
                && pane.shown().params().eta() == 0.02);
        double[] mean = pane.shown().stats().mean();
        Session saved = window.session();
        assertEquals("quadratic:dim=100,lmin=0.05,lmax=2,rotate=3", saved.landscape(), "the d-dimensional run");
        assertEquals(50, saved.steps());
        assertEquals(0.02, saved.eta());
        assertEquals(2, saved.history().size(), saved.history().toString());
        assertEquals(30, saved.history().get(1).step(), "the slider's move at step 30");
        robot.interact(() -> window.load(saved));
        WindowExtension.await("reopened at step 50", () -> window.dimensional() != null && window.dimensional() != pane
                && window.dimensional().shown() != null && window.dimensional().shown().step() == 50);
        assertArrayEquals(mean, window.dimensional().shown().stats().mean(), "the same bits");
        assertEquals(0.02, window.dimensional().currentParams().eta(), "its sliders where they were");
    }

    /**
     * A d-dimensional lesson's step that names a dynamics restarts the run with it: the five-modes lesson's Next
     * turns MALA into ULA (langevin), says so over the controls, and the run's acceptance readout goes away.
     */
    @Test
    void aLessonStepThatNamesADynamicsRestartsTheRunWithIt(FxRobot robot) {
        robot.interact(() -> window.startLesson(org.basinscope.engine.session.Lessons.load("five-modes-mala-ula")));
        WindowExtension.await("the lesson's view", () -> window.dimensional() != null
                && window.dimensional().shown() != null && window.dimensional().entered());
        DimensionalPane pane = window.dimensional();
        assertEquals("mala", pane.shown().config().dynamicsSpec());
        robot.interact(() -> pane.simulation().advanceBy(3));
        WindowExtension.await("MALA's acceptance", () -> pane.shown().step() == 3 && pane.shown().acceptance() != null);
        robot.clickOn("#dim-lesson-next");
        robot.interact(() -> pane.simulation().advanceBy(3));
        WindowExtension.await("ULA from the start", () -> pane.shown() != null
                && "langevin".equals(pane.shown().config().dynamicsSpec()) && pane.shown().step() == 3);
        assertNull(pane.shown().acceptance(), "ULA accepts every step");
        assertEquals("langevin", pane.session().dynamics(), "what a save now writes");
        assertEquals(0.5, pane.currentParams().eta(), "η as the step leaves it");
    }
}
