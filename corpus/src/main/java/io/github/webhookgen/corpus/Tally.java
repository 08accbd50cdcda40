package io.github.webhookgen.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts occurrences of kinds of findings, with the cases they occur in and a first example of each. */
final class Tally {

    /**
     * @param kind the kind of finding
     * @param count its occurrences
     * @param cases the cases it occurs in, in the order first seen
     * @param example where it was first seen
     */
    record Entry(String kind, int count, Set<String> cases, String example) {}

    private final Map<String, Entry> entries = new HashMap<>();

    void add(String kind, int count, String caseName, String example) {
        entries.merge(kind, new Entry(kind, count, new LinkedHashSet<>(Set.of(caseName)), example), (a, b) -> {
            Set<String> cases = new LinkedHashSet<>(a.cases());
            cases.addAll(b.cases());
            return new Entry(kind, a.count() + b.count(), cases, a.example());
        });
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The kinds by decreasing number of cases, then occurrences, then name. */
    List<Entry> top(int limit) {
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparingInt((Entry e) -> -e.cases().size())
                .thenComparingInt(e -> -e.count())
                .thenComparing(Entry::kind));
        return sorted.subList(0, Math.min(limit, sorted.size()));
    }

    int size() {
        return entries.size();
    }
}
