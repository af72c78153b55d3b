// Developer tool (scripts/heap-paths/run): shortest strong paths from GC roots to every int[] over 1 MB.
import java.io.File;
import java.util.List;
import shark.*;

public class Big {
    public static void main(String[] args) throws Exception {
        File f = new File(args[0]);
        HeapAnalyzer a = new HeapAnalyzer(step -> { });
        try (CloseableHeapGraph g = HprofHeapGraph.Companion.openHeapGraph(f, null, HprofIndex.Companion.defaultIndexedGcRootTags())) {
            long[] total = {0, 0};
            LeakingObjectFinder finder = new FilteringLeakingObjectFinder(List.of(o -> {
                if (o instanceof HeapObject.HeapPrimitiveArray p && p.getArrayClassName().equals("int[]")) {
                    int n = p.getByteSize();
                    if (n > 1_000_000) { total[0] += n; total[1]++; return true; }
                }
                return false;
            }));
            List<ReferenceMatcher> ignore = List.of(new IgnoredReferenceMatcher(new ReferencePattern.InstanceFieldPattern("java.lang.ref.Reference", "referent")));
            HeapAnalysis r = a.analyze(f, g, finder, ignore, false, List.of(), MetadataExtractor.Companion.getNO_OP());
            System.out.println("int[] over 1 MB: " + total[1] + ", " + total[0] / 1_000_000 + " MB");
            System.out.println(r);
        }
    }
}
