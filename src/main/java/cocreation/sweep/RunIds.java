package cocreation.sweep;

import java.util.ArrayList;
import java.util.List;

/** Run ids in few words: "3-5, 9, 12-40", or whole shards. */
final class RunIds {
    private RunIds() {
    }

    /**
     * Missing run ids, naming whole shards when all of a shard's runs are missing (shards is the
     * shard count of the folders given, or 1).
     */
    static String missing(List<Integer> sorted, int runs, int shards) {
        List<String> parts = new ArrayList<>();
        List<Integer> rest = new ArrayList<>(sorted);
        if (shards > 1) {
            for (int i = 0; i < shards && i < runs; i++) {
                int index = i, size = (runs - i + shards - 1) / shards;
                List<Integer> of = rest.stream().filter(id -> id % shards == index).toList();
                if (of.size() == size) {
                    parts.add("all of shard " + i + "/" + shards);
                    rest.removeAll(of);
                }
            }
        }
        if (!rest.isEmpty()) parts.add(compact(rest));
        return String.join("; ", parts);
    }

    /** Sorted ids as ranges; long lists end with "... (N more ranges)". */
    static String compact(List<Integer> sorted) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) j++;
            parts.add(i == j ? String.valueOf(sorted.get(i)) : sorted.get(i) + "-" + sorted.get(j));
            i = j + 1;
        }
        int shown = Math.min(parts.size(), 20);
        String text = String.join(", ", parts.subList(0, shown));
        return shown < parts.size() ? text + ", ... (" + (parts.size() - shown) + " more ranges)" : text;
    }
}
