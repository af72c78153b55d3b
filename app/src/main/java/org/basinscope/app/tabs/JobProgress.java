package org.basinscope.app.tabs;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.NumberExpression;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import org.basinscope.app.jobs.AnalysisJobs;

/**
 * A tab's progress bar and cancel button for its background jobs: shown while any of them runs, the bar
 * at the furthest one's progress, the button cancelling them all (the previous result stays).
 */
final class JobProgress {
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button("✕");

    JobProgress(AnalysisJobs jobs, String cancelTooltip, String... names) {
        NumberExpression progress = jobs.progress(names[0]);
        for (int k = 1; k < names.length; k++) {
            progress = Bindings.max(jobs.progress(names[k]), progress);
        }
        bar.setPrefWidth(90);
        bar.progressProperty().bind(progress);
        bar.progressProperty().addListener((o, a, b) -> {
            boolean busy = b.doubleValue() >= 0;
            bar.setVisible(busy);
            cancel.setVisible(busy);
        });
        bar.setVisible(false);
        cancel.setVisible(false);
        cancel.setTooltip(new Tooltip(cancelTooltip));
        cancel.setId("cancel-" + names[0]);
        cancel.setOnAction(e -> {
            for (String name : names) {
                jobs.cancel(name);
            }
        });
    }

    ProgressBar bar() {
        return bar;
    }

    Button cancel() {
        return cancel;
    }
}
