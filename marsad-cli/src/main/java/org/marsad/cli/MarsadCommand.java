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
        commandLine.getErr().println("marsad: " + message(e));
        return ExitCodes.FAILED;
      }
      throw e;
    });
    return cli;
  }

  /** The message of a file problem, saying what went wrong ("no such file: x"), not only the file's name. */
  static String message(Exception e) {
    if (e instanceof java.io.UncheckedIOException u) {
      return message(u.getCause());
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + e.getMessage();
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "cannot read: " + e.getMessage();
    }
    if (e instanceof java.nio.file.NotDirectoryException) {
      return "not a folder: " + e.getMessage();
    }
    return e.getMessage();
  }
}
