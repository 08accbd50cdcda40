package io.github.webhookgen.cli;

import io.github.webhookgen.core.Generator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code java -jar webhookgen-cli.jar generate|verify-examples [options]}. Each command translates
 * its options into the generator's configuration and makes one call, as the Maven plugin's goals do.
 */
@Command(name = "webhookgen", mixinStandardHelpOptions = true, versionProvider = Webhookgen.Version.class,
        description = "Typed Java 17 models and a dispatching visitor, generated from a JSON Schema archive.",
        subcommands = {GenerateCommand.class, VerifyExamplesCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:problems in the input, listed on the standard error",
            "2:bad usage: an unknown option, a missing or malformed value",
            "3:an internal error of webhookgen (the stack trace is printed)"})
public final class Webhookgen implements Callable<Integer> {

    /** The run succeeded. */
    static final int OK = 0;
    /** The input has problems, printed on the standard error. */
    static final int PROBLEMS = 1;
    /** An internal error: a bug of webhookgen. Bad usage is picocli's {@link CommandLine.ExitCode#USAGE}, 2. */
    static final int INTERNAL_ERROR = 3;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with internal errors reported as such. */
    static CommandLine commandLine() {
        return new CommandLine(new Webhookgen()).setExecutionExceptionHandler(Webhookgen::internalError);
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: generate or verify-examples");
    }

    private static int internalError(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println("webhookgen: internal error, please report it with this output:");
        e.printStackTrace(err);
        err.flush();
        return INTERNAL_ERROR;
    }

    /** {@code webhookgen <version>}, the generator's. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"webhookgen " + Generator.VERSION};
        }
    }
}
