// Developer tool (scripts/heap-paths/run): shortest strong paths from GC roots to every instance of a class.
import java.io.File;
import java.util.List;
import shark.*;

public class Leak {
    public static void main(String[] args) throws Exception {
        File f = new File(args[0]);
        String cls = args[1];
        HeapAnalyzer a = new HeapAnalyzer(step -> { });
        try (CloseableHeapGraph g = HprofHeapGraph.Companion.openHeapGraph(f, null, HprofIndex.Companion.defaultIndexedGcRootTags())) {
            LeakingObjectFinder finder = new FilteringLeakingObjectFinder(List.of(o ->
                    o instanceof HeapObject.HeapInstance i && i.instanceOf(cls)));
            List<ReferenceMatcher> ignore = List.of(new IgnoredReferenceMatcher(new ReferencePattern.InstanceFieldPattern("java.lang.ref.Reference", "referent")), new IgnoredReferenceMatcher(new ReferencePattern.InstanceFieldPattern("org.testfx.api.FxToolkitContext", "firedEvents")));
            HeapAnalysis r = a.analyze(f, g, finder, ignore, false, List.of(), MetadataExtractor.Companion.getNO_OP());
            System.out.println(r);
        }
    }
}
