package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command: entry point of the application jar. */
@Command(
    name = "marsad",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Marsad (مرصد): Arabic news to structured, searchable knowledge.",
    subcommands = {
      AnalyzeCommand.class,
      TrainCommand.class,
      EvalCommand.class,
      BenchCommand.class,

      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:no input could be analysed, or an internal error",
      "2:invalid command line",
      "3:some inputs or lines were skipped (each reported on stderr)"
    })
public final class MarsadCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and the tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new MarsadCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // a problem with the user's files or data is a message, not a stack trace
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException
          || e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
        commandLine.getErr().println("marsad: " + e.getMessage());
        return ExitCodes.FAILED;
      }
      throw e;
    });
    return cli;
  }
}
