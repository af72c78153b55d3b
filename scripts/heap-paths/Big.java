// Developer tool (scripts/heap-paths/run): shortest strong paths from GC roots to every int[] over a size
// (second argument, in bytes; default 1 MB), with a count of the int[] by size.
import java.io.File;
import java.util.List;
import shark.*;

public class Big {
    public static void main(String[] args) throws Exception {
        File f = new File(args[0]);
        HeapAnalyzer a = new HeapAnalyzer(step -> { });
        try (CloseableHeapGraph g = HprofHeapGraph.Companion.openHeapGraph(f, null, HprofIndex.Companion.defaultIndexedGcRootTags())) {
            long least = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
            java.util.TreeMap<Integer, long[]> sizes = new java.util.TreeMap<>();
            long[] total = {0, 0};
            LeakingObjectFinder finder = new FilteringLeakingObjectFinder(List.of(o -> {
                if (o instanceof HeapObject.HeapPrimitiveArray p && p.getArrayClassName().equals("int[]")) {
                    int n = p.getByteSize();
                    sizes.computeIfAbsent(n, k -> new long[1])[0]++;
                    if (n > least) { total[0] += n; total[1]++; return true; }
                }
                return false;
            }));
            // A third argument "soft" follows java.lang.ref.Reference.referent too (objects held only softly or weakly).
            List<ReferenceMatcher> ignore = args.length > 2 && args[2].equals("soft") ? List.of() : List.of(new IgnoredReferenceMatcher(new ReferencePattern.InstanceFieldPattern("java.lang.ref.Reference", "referent")));
            HeapAnalysis r = a.analyze(f, g, finder, ignore, false, List.of(), MetadataExtractor.Companion.getNO_OP());
            System.out.println("int[] over " + least + " bytes: " + total[1] + ", " + total[0] / 1_000_000 + " MB");
            sizes.descendingMap().entrySet().stream().filter(e -> e.getKey() * e.getValue()[0] > 2_000_000)
                    .forEach(e -> System.out.println("  " + e.getValue()[0] + " int[] of " + e.getKey() + " bytes"));
            System.out.println(r);
        }
    }
}
