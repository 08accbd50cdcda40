package io.github.webhookgen.core.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reduces what the validator reports for a {@code oneOf} or {@code anyOf} that no branch satisfies to what concerns
 * the branch the example means, as the generated code chooses it: by its discriminator, the property whose value each
 * branch fixes with {@code enum} or {@code const}. The validator reports the union's failure and every error of every
 * branch, so that one unlisted value deep inside one kind of notification comes with the discriminator of every other
 * kind.
 *
 * <p>Only the branches that want a value of the JSON type the example has count. Then:
 *
 * <ul>
 *   <li>When one branch is left, or exactly one accepts the discriminator (none of its own {@code enum} or
 *       {@code const} errors is on a property of the union's value), or exactly one accepts the value of a property
 *       that every other branch rejects, only that branch's errors are kept, reduced in turn.
 *   <li>When every branch rejects the value of one property (an unknown discriminator value), one error at that
 *       property stands for them all, listing every value the branches allow; when every branch requires a property
 *       the value does not have, one {@code required} error does.
 *   <li>Otherwise the union's own error is kept, with the errors of the branches that accept the discriminator.
 * </ul>
 *
 * <p>The validator reports a failed {@code anyOf} by its branches' errors alone; {@link DraftKeywords} adds the
 * union's own error first, as the validator does for a {@code oneOf}.
 */
final class UnionErrors {

    /**
     * One error of the validator's, by its paths.
     *
     * @param evaluation the keywords and names from the root schema to the keyword that failed, {@code $ref}s
     *     included ({@code oneOf}, {@code 1}, {@code $ref}, {@code properties}, {@code type}, {@code enum})
     * @param instance the names and indexes from the example's root to the value
     * @param keyword the keyword that failed
     * @param message the validator's message
     * @param schema where the keyword is, as {@link SchemaValidation} names it
     * @param schemaNode the keyword's value ({@code ["a", "b"]} for an {@code enum}, the branches of a union)
     * @param property the property a {@code required} error misses, or null
     */
    record Reported(List<String> evaluation, List<String> instance, String keyword, String message, String schema,
            JsonNode schemaNode, String property) {

        boolean isUnion() {
            return keyword.equals("oneOf") || keyword.equals("anyOf");
        }

        /** Whether this error was found in a branch of {@code union}. */
        boolean isIn(Reported union) {
            return evaluation.size() > union.evaluation.size()
                    && evaluation.subList(0, union.evaluation.size()).equals(union.evaluation);
        }

        /** The branch of {@code union} this error was found in, by index. */
        int branchOf(Reported union) {
            return Integer.parseInt(evaluation.get(union.evaluation.size()));
        }
    }

    private UnionErrors() {}

    /** The errors with each failed union's reduced to those of the branch the example means, in their order. */
    static List<Reported> reduce(List<Reported> errors) {
        List<Reported> unions = outermostUnions(errors);
        List<Reported> reduced = new ArrayList<>();
        for (Reported error : errors) {
            if (unions.contains(error)) {
                reduced.addAll(reduceUnion(error, errors));
            } else if (unions.stream().noneMatch(error::isIn)) {
                reduced.add(error);
            }
        }
        return reduced;
    }

    private static List<Reported> reduceUnion(Reported union, List<Reported> errors) {
        Map<Integer, List<Reported>> branches = branches(union, errors);
        if (branches.size() != branchCount(union)) {
            return List.of(union); // some branch is valid: more than one of a oneOf's, nothing to tell apart
        }
        // The branches that want a value of the JSON type the example has, and what each rejects of it.
        Map<Integer, Map<String, Set<JsonNode>>> rejections = new TreeMap<>();
        Map<Integer, Set<String>> missing = new TreeMap<>();
        branches.forEach((index, branch) -> {
            if (!hasOtherType(branch, union.instance())) {
                rejections.put(index, rejected(branch, union.instance()));
                missing.put(index, missing(branch, union.instance()));
            }
        });
        List<Integer> accepting = rejections.keySet().stream().filter(i -> rejections.get(i).isEmpty()).toList();
        Integer chosen = rejections.size() == 1 ? rejections.keySet().iterator().next()
                : accepting.size() == 1 ? accepting.get(0)
                : chosenBy(rejections);
        if (chosen != null) {
            return reduce(branches.get(chosen));
        }
        Map<String, Set<JsonNode>> unknownValue = common(rejections.values());
        if (!unknownValue.isEmpty()) {
            Map.Entry<String, Set<JsonNode>> discriminator = unknownValue.entrySet().iterator().next();
            return List.of(notAmong(union, discriminator.getKey(), discriminator.getValue()));
        }
        Set<String> absent = missing.isEmpty() ? Set.of() : new LinkedHashSet<>(missing.values().iterator().next());
        missing.values().forEach(absent::retainAll);
        if (!absent.isEmpty()) {
            return List.of(requiredByAll(union, absent.iterator().next(), errors));
        }
        List<Reported> kept = new ArrayList<>(List.of(union));
        accepting.forEach(index -> kept.addAll(reduce(branches.get(index))));
        return kept;
    }

    /**
     * The one branch whose discriminator the value has: the only branch that does not reject the value of a property
     * every other branch rejects (a branch that is a union of its own may reject another property in its turn); null
     * when there is none.
     */
    private static Integer chosenBy(Map<Integer, Map<String, Set<JsonNode>>> rejections) {
        Set<String> names = new LinkedHashSet<>();
        rejections.values().forEach(rejected -> names.addAll(rejected.keySet()));
        for (String name : names) {
            List<Integer> accepting = rejections.entrySet().stream()
                    .filter(branch -> !branch.getValue().containsKey(name))
                    .map(Map.Entry::getKey)
                    .toList();
            if (accepting.size() == 1) {
                return accepting.get(0);
            }
        }
        return null;
    }

    /** The unions among {@code errors} that are not in a branch of another one among them. */
    private static List<Reported> outermostUnions(List<Reported> errors) {
        List<Reported> unions = errors.stream().filter(Reported::isUnion).toList();
        return unions.stream().filter(union -> unions.stream().noneMatch(union::isIn)).toList();
    }

    /** The errors of each branch of {@code union}, by the branch's index. */
    private static Map<Integer, List<Reported>> branches(Reported union, List<Reported> errors) {
        Map<Integer, List<Reported>> branches = new TreeMap<>();
        for (Reported error : errors) {
            if (error.isIn(union)) {
                branches.computeIfAbsent(error.branchOf(union), index -> new ArrayList<>()).add(error);
            }
        }
        return branches;
    }

    private static int branchCount(Reported union) {
        return union.schemaNode() != null && union.schemaNode().isArray() ? union.schemaNode().size() : -1;
    }

    /** Whether the branch wants a value of another JSON type than the one at {@code instance}. */
    private static boolean hasOtherType(List<Reported> branch, List<String> instance) {
        return direct(branch).stream().anyMatch(e -> e.keyword().equals("type") && e.instance().equals(instance));
    }

    /**
     * The properties of the value at {@code instance} whose values the branch rejects by {@code enum} or {@code const},
     * each with the values it allows: its own, and those every branch of a union inside it, at the same value,
     * rejects.
     */
    private static Map<String, Set<JsonNode>> rejected(List<Reported> branch, List<String> instance) {
        Map<String, Set<JsonNode>> rejected = new LinkedHashMap<>();
        for (Reported error : direct(branch)) {
            boolean fixed = error.keyword().equals("enum") || error.keyword().equals("const");
            if (fixed && error.instance().size() == instance.size() + 1
                    && error.instance().subList(0, instance.size()).equals(instance)) {
                Set<JsonNode> values = rejected.computeIfAbsent(error.instance().get(instance.size()),
                        name -> new LinkedHashSet<>());
                if (error.keyword().equals("enum") && error.schemaNode().isArray()) {
                    error.schemaNode().forEach(values::add);
                } else {
                    values.add(error.schemaNode());
                }
            }
        }
        for (Reported inner : outermostUnions(branch)) {
            Map<Integer, List<Reported>> innerBranches = branches(inner, branch);
            if (inner.instance().equals(instance) && innerBranches.size() == branchCount(inner)) {
                List<Map<String, Set<JsonNode>>> all = innerBranches.values().stream()
                        .filter(innerBranch -> !hasOtherType(innerBranch, instance))
                        .map(innerBranch -> rejected(innerBranch, instance))
                        .toList();
                common(all).forEach((name, values) ->
                        rejected.computeIfAbsent(name, n -> new LinkedHashSet<>()).addAll(values));
            }
        }
        return rejected;
    }

    /** The properties the branch requires that the value at {@code instance} does not have. */
    private static Set<String> missing(List<Reported> branch, List<String> instance) {
        Set<String> missing = new LinkedHashSet<>();
        for (Reported error : direct(branch)) {
            if (error.keyword().equals("required") && error.property() != null && error.instance().equals(instance)) {
                missing.add(error.property());
            }
        }
        return missing;
    }

    /** The errors of a branch that are not in a branch of a union inside it. */
    private static List<Reported> direct(List<Reported> branch) {
        List<Reported> unions = outermostUnions(branch);
        return branch.stream().filter(error -> unions.stream().noneMatch(error::isIn)).toList();
    }

    /** The properties every branch rejects, each with the values any of them allows; empty when there are none. */
    private static Map<String, Set<JsonNode>> common(java.util.Collection<Map<String, Set<JsonNode>>> rejections) {
        Map<String, Set<JsonNode>> common = new LinkedHashMap<>();
        if (rejections.isEmpty()) {
            return common;
        }
        for (String name : rejections.iterator().next().keySet()) {
            if (rejections.stream().allMatch(rejected -> rejected.containsKey(name))) {
                Set<JsonNode> values = new LinkedHashSet<>();
                rejections.forEach(rejected -> values.addAll(rejected.get(name)));
                common.put(name, values);
            }
        }
        return common;
    }

    /** The one error that stands for every branch requiring {@code name}, which the value does not have. */
    private static Reported requiredByAll(Reported union, String name, List<Reported> errors) {
        Reported required = errors.stream()
                .filter(error -> error.isIn(union) && error.keyword().equals("required")
                        && name.equals(error.property()) && error.instance().equals(union.instance()))
                .findFirst()
                .orElseThrow();
        return new Reported(union.evaluation(), union.instance(), required.keyword(), required.message(),
                union.schema(), union.schemaNode(), name);
    }

    /** The one error that stands for every branch rejecting the value of {@code name}: the values they allow. */
    private static Reported notAmong(Reported union, String name, Set<JsonNode> values) {
        List<String> instance = new ArrayList<>(union.instance());
        instance.add(name);
        String allowed = values.stream().map(JsonNode::toString).collect(Collectors.joining(", ", "[", "]"));
        return new Reported(union.evaluation(), List.copyOf(instance), "enum",
                "does not have a value in the enumeration " + allowed + " (of the " + union.keyword()
                        + "'s branches)", union.schema(), union.schemaNode(), null);
    }
}
