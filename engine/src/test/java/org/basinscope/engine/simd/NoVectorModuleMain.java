package org.basinscope.engine.simd;

import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;

/**
 * Run by {@link SimdKernelsTest} in a JVM started without {@code --add-modules jdk.incubator.vector}: prints the
 * kernels it got and a hash of a Langevin run's positions, which must be the vector path's bits.
 */
public final class NoVectorModuleMain {
    private NoVectorModuleMain() {
    }

    public static void main(String[] args) {
        System.out.println(Kernels.active().describe());
        System.out.println(run());
    }

    /** The raw bits of 1003 particles' positions after 200 Langevin steps on the 2-D double well, hashed. */
    static long run() {
        Landscape f = LandscapeCatalog.create("double-well:dim=2");
        Ensemble e = new Ensemble(f, DynamicsCatalog.create("langevin"), new Params(0.05, 1, 0.3, 1, 0.9), 1003, 3,
                f.defaultStart(), new BlockRunner(2));
        e.setSpread(6);
        e.reset();
        e.advance(200);
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < e.size(); i++) {
            h = (h ^ Double.doubleToRawLongBits(e.particles().x[i])) * 0x100000001b3L;
            h = (h ^ Double.doubleToRawLongBits(e.particles().y[i])) * 0x100000001b3L;
            h = (h ^ (e.particles().diverged[i] ? 1 : 0)) * 0x100000001b3L;
        }
        return h;
    }
}
