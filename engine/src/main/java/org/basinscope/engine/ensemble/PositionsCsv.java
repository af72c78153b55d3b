package org.basinscope.engine.ensemble;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.io.AtomicFiles;

/** Writes particle positions as CSV ({@code index,x[,y],diverged}), atomically: temp file then rename. */
public final class PositionsCsv {
    private PositionsCsv() {
    }

    public static void write(Path file, ParticleArrays p) throws IOException {
        AtomicFiles.write(file, tmp -> {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(p.dimension == 2 ? "index,x,y,diverged\n" : "index,x,diverged\n");
                StringBuilder line = new StringBuilder(64);
                for (int i = 0; i < p.size; i++) {
                    line.setLength(0);
                    line.append(i).append(',').append(p.x[i]);
                    if (p.dimension == 2) {
                        line.append(',').append(p.y[i]);
                    }
                    line.append(',').append(p.diverged[i] ? 1 : 0).append('\n');
                    w.write(line.toString());
                }
            }
        });
    }
}
