// Developer tool (scripts/heap-paths/run Chain DUMP.hprof MIN_BYTES DEPTH): for every int[] over MIN_BYTES, the chain of
// objects holding it (class.field at each level, every holder named), counted by chain. It found the soak's growth:
// drop-shadow effect images (the default theme's; our styles set no effect) held by the effects renderer's ImagePool through SoftReferences.
import java.io.File;
import java.util.*;
import shark.*;
import kotlin.sequences.SequencesKt;

/** For int[] over a size: the chain of holders (class.field) up to depth levels, all holders at each level, counted. */
public class Chain {
    public static void main(String[] args) throws Exception {
        File f = new File(args[0]);
        long least = Long.parseLong(args[1]);
        int depth = Integer.parseInt(args[2]);
        try (CloseableHeapGraph g = HprofHeapGraph.Companion.openHeapGraph(f, null, HprofIndex.Companion.defaultIndexedGcRootTags())) {
            // reverse index over instance fields and object arrays
            Map<Long, List<long[]>> rev = new HashMap<>();
            Map<Long, String> names = new HashMap<>();
            List<String> labels = new ArrayList<>();
            Map<String, Integer> labelIds = new HashMap<>();
            for (HeapObject.HeapInstance i : SequencesKt.asIterable(g.getInstances())) {
                for (HeapField fl : SequencesKt.asIterable(i.readFields())) {
                    Long id = fl.getValue().getAsObjectId();
                    if (id != null && id != 0) {
                        String l = i.getInstanceClassName() + "." + fl.getName();
                        int li = labelIds.computeIfAbsent(l, x -> { labels.add(x); return labels.size() - 1; });
                        rev.computeIfAbsent(id, x -> new ArrayList<>(1)).add(new long[] {i.getObjectId(), li});
                    }
                }
            }
            for (HeapObject.HeapObjectArray a : SequencesKt.asIterable(g.getObjectArrays())) {
                String l = a.getArrayClassName() + "[]";
                int li = labelIds.computeIfAbsent(l, x -> { labels.add(x); return labels.size() - 1; });
                for (long id : a.readRecord().getElementIds()) if (id != 0) rev.computeIfAbsent(id, x -> new ArrayList<>(1)).add(new long[] {a.getObjectId(), li});
            }
            Map<String, long[]> out = new TreeMap<>();
            for (HeapObject.HeapPrimitiveArray p : SequencesKt.asIterable(g.getPrimitiveArrays())) {
                if (!p.getArrayClassName().equals("int[]") || p.getByteSize() <= least) continue;
                StringBuilder sb = new StringBuilder();
                long cur = p.getObjectId();
                Set<Long> seen = new HashSet<>();
                for (int d = 0; d < depth; d++) {
                    List<long[]> hs = rev.getOrDefault(cur, List.of());
                    if (hs.isEmpty()) { sb.append(" <- ROOT?"); break; }
                    TreeSet<String> ls = new TreeSet<>();
                    for (long[] h : hs) ls.add(labels.get((int) h[1]));
                    sb.append(" <- ").append(String.join("|", ls));
                    long next = -1;
                    for (long[] h : hs) if (!seen.contains(h[0]) && !labels.get((int) h[1]).contains("PhantomReference")) { next = h[0]; break; }
                    if (next < 0) next = hs.get(0)[0];
                    seen.add(cur); cur = next;
                }
                long[] c = out.computeIfAbsent(sb.toString(), x -> new long[2]); c[0]++; c[1] += p.getByteSize();
            }
            out.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(25).forEach(e -> System.out.println(e.getValue()[0] + " arrays, " + e.getValue()[1] / 1000000 + " MB:" + e.getKey()));
        }
    }
}
