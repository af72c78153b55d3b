package org.basinscope.engine.simd;

/**
 * Which {@link Kernels} a run uses. The vectorised ones need the JDK's incubating Vector API, which a JVM
 * offers only when started with {@code --add-modules jdk.incubator.vector} (the launcher, the tests and the
 * benchmarks do so) and which pays only with vectors of at least four 64-bit lanes (AVX2, AVX-512, SVE);
 * otherwise, or with {@code -Dbasinscope.simd=false}, the scalar loops run. Either way the results are the same
 * bits, so the choice is about speed only.
 */
public final class Simd {
    private static final Kernels VECTOR = loadVector();
    private static volatile Kernels active = VECTOR != null && !"false".equals(System.getProperty("basinscope.simd"))
            ? VECTOR : ScalarKernels.INSTANCE;

    private Simd() {
    }

    static Kernels kernels() {
        return active;
    }

    /** Whether this JVM can run the vectorised kernels. */
    public static boolean available() {
        return VECTOR != null;
    }

    /**
     * Chooses the vectorised kernels (when available) or the scalar ones from now on, for every ensemble of
     * this JVM; for tests and benchmarks that compare the two paths. Returns whether the vectorised ones are on.
     */
    public static boolean useVector(boolean on) {
        active = on && VECTOR != null ? VECTOR : ScalarKernels.INSTANCE;
        return active == VECTOR;
    }

    private static Kernels loadVector() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            // Only now is VectorKernels (and with it the module's classes) loaded: a JVM without the module never
            // links it, since the JVM resolves a class at its first use.
            return VectorKernels.lanes() < 4 ? null : VectorKernels.create();
        } catch (LinkageError e) {
            return null;
        }
    }
}
