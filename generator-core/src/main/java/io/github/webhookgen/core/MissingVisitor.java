package io.github.webhookgen.core;

import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import io.github.webhookgen.core.naming.Naming;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a run that generates no visitor tells the user: a warning before it deletes the visitor or the entry points that
 * the previous run generated, and, unless a warning already said why there is no visitor, one line on how to get one
 * (an archive of models only is normal, so that line is information, not a warning).
 */
final class MissingVisitor {

    /** The line for an archive without a dispatch root. */
    static final String HOW_TO_GET_ONE = "webhookgen: no visitor generated, since the archive has no "
            + "webhooks/WsNotificationMsg.json (LivePerson's layout). For one, set dispatchRoot to the document of "
            + "your message union (webhookgen.dispatchRoot, such as events/Message.json or api.json#/definitions/Message), "
            + "and changesPath if a message holds a list of changes (webhookgen.changesPath, such as body.changes)";

    private static final Set<String> FILES = Set.of(Naming.SUPPORT.visitor() + ".java",
            Naming.SUPPORT.dispatcher() + ".java");

    private MissingVisitor() {}

    /** Whether {@code files} (paths relative to the output directory) hold a visitor. */
    static boolean isAmong(Collection<String> files) {
        return files.stream().anyMatch(path -> fileName(path).equals(Naming.SUPPORT.visitor() + ".java"));
    }

    /**
     * Warns, when this run generates no visitor, that the visitor and entry points of the previous run are about to be
     * deleted, and why; gives the line for the build log when nothing says why there is no visitor.
     *
     * @param previous the files the previous run generated, relative to the output directory
     * @return the information lines for the build log, each a whole line
     */
    static List<String> explain(Collection<String> previous, Path outputDirectory, Problems problems) {
        boolean explained = problems.all().stream().anyMatch(p -> p.code() == ProblemCode.NO_DISPATCH_ROOT);
        List<String> deleted = previous.stream().filter(path -> FILES.contains(fileName(path))).sorted().toList();
        if (!deleted.isEmpty()) {
            problems.warning(ProblemCode.NO_DISPATCH_ROOT, Location.of(outputDirectory.toString()), "deleting "
                    + String.join(" and ", deleted) + ", which the previous run generated: this run generates no "
                    + "visitor, since " + (explained
                            ? "its dispatch root cannot dispatch (see the other " + ProblemCode.NO_DISPATCH_ROOT
                                    + " warning)"
                            : "the archive has no webhooks/WsNotificationMsg.json and no dispatchRoot is set")
                    + ". Code that uses them no longer compiles; a clean build would not have them either");
        }
        return explained ? List.of() : List.of(HOW_TO_GET_ONE);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
