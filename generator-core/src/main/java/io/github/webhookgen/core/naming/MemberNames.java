package io.github.webhookgen.core.naming;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The names of the members of one type, record components or enum constants, where the JSON names of two members may
 * give the same Java name ({@code maxSize}, {@code max-size} and {@code max_size}). The rule, in rounds, each member
 * named in the first round that gives it a free name (docs/naming.md):
 *
 * <ol>
 *   <li>A name the schema asks for ({@code javaName}, {@code javaEnumNames}), when free.
 *   <li>The name in the member's case style ({@code maxSize}, {@code MAX_SIZE}). When several members get it, the
 *       one whose JSON name is written exactly so keeps it, else the first in schema order.
 *   <li>The JSON name as written, with what Java does not allow replaced by {@code _} ({@code max_size}, {@code T},
 *       {@code setup}); again the one written exactly so first, else the first in schema order.
 *   <li>The name of round 2 followed by the words for the symbols in the JSON name ({@code maxSizeHyphen},
 *       {@code MAX_SIZE_HYPHEN}), then by the escape suffix until free.
 * </ol>
 *
 * <p>A name that Java or the generated type reserves takes the escape suffix ({@code classValue}). No round uses a
 * counter or a position, so a member's name changes only when the members that share its name change.
 */
final class MemberNames {

    /** How one kind of member is spelled. */
    enum Style {
        /** Record components: lower camel case; keywords and the methods of every record take {@code Value}. */
        COMPONENT("v", "Value", Set.of("hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait",
                "clone", "finalize", Names.EXTRA, Names.OTHER)),
        /** Enum constants: upper snake case; the enum's own field {@code value} takes {@code _VALUE}. */
        CONSTANT("V_", "_VALUE", Set.of("value"));

        private final String digitPrefix;
        private final String escape;
        private final Set<String> reserved;

        Style(String digitPrefix, String escape, Set<String> reserved) {
            this.digitPrefix = digitPrefix;
            this.escape = escape;
            this.reserved = reserved;
        }

        String preferred(String json) {
            return escaped(this == COMPONENT ? Identifiers.lowerCamel(json) : Identifiers.upperSnake(json));
        }

        /** {@code name}, or when Java or the generated type reserves it, {@code name} with the escape suffix. */
        String escaped(String name) {
            return isReserved(name) ? name + escape : name;
        }

        boolean isReserved(String name) {
            return Identifiers.KEYWORDS.contains(name) || reserved.contains(name);
        }

        String verbatim(String json) {
            String verbatim = Identifiers.verbatim(json, digitPrefix);
            return verbatim == null ? null : escaped(verbatim);
        }

        String withSymbols(String json) {
            List<String> words = Identifiers.symbolWords(json);
            String preferred = preferred(json);
            if (this == COMPONENT) {
                return preferred + String.join("", words);
            }
            return words.isEmpty() ? preferred : preferred + "_" + String.join("_", words).toUpperCase(Locale.ROOT);
        }
    }

    private final Style style;

    MemberNames(Style style) {
        this.style = style;
    }

    /**
     * The Java name of each JSON name, in the order given (the schema's).
     *
     * @param jsonNames the members' JSON names, distinct, in schema order
     * @param requested names the schema asks for, by JSON name: valid identifiers, distinct; one that is taken by an
     *     earlier request is left out by the caller
     */
    Map<String, String> assign(List<String> jsonNames, Map<String, String> requested) {
        Map<String, String> chosen = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        List<String> left = new ArrayList<>();
        for (String json : jsonNames) {
            String name = requested.get(json);
            if (name != null && taken.add(name)) {
                chosen.put(json, name);
            } else {
                left.add(json);
            }
        }
        left = round(left, style::preferred, chosen, taken);
        left = round(left, style::verbatim, chosen, taken);
        for (String json : left) {
            String name = style.withSymbols(json);
            while (!taken.add(name)) {
                name = name + style.escape;
            }
            chosen.put(json, name);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        jsonNames.forEach(json -> ordered.put(json, chosen.get(json)));
        return ordered;
    }

    /** Names the members whose candidate is free; returns the others, in order. */
    private static List<String> round(List<String> members, Function<String, String> candidate,
            Map<String, String> chosen, Set<String> taken) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        Map<String, Integer> order = new HashMap<>();
        members.forEach(json -> order.put(json, order.size()));
        List<String> left = new ArrayList<>();
        for (String json : members) {
            String name = candidate.apply(json);
            if (name == null || taken.contains(name)) {
                left.add(json);
            } else {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(json);
            }
        }
        byName.forEach((name, claimants) -> {
            String winner = claimants.contains(name) ? name : claimants.get(0);
            chosen.put(winner, name);
            taken.add(name);
            claimants.stream().filter(json -> !json.equals(winner)).forEach(left::add);
        });
        left.sort(Comparator.comparing(order::get));
        return left;
    }
}
