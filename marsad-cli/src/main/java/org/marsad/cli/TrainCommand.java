package org.marsad.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.train.LexiconBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad train …}: rebuilds the committed models and lexicons from {@code ../shared/data}. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Rebuild a model or lexicon from the training data.",
    subcommands = {TrainCommand.Lexicon.class})
final class TrainCommand {

  @Command(
      name = "lexicon",
      mixinStandardHelpOptions = true,
      description = "Rebuild the Arabic lexicon (LanguageTool's dictionary + gazetteers + corpus counts).")
  static final class Lexicon implements Callable<Integer> {
    @Option(names = "--data", description = "The data folder (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/data");

    @Option(names = "--out", description = "Where to write the automaton (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("marsad-core/src/main/resources" + org.marsad.text.Lexicon.RESOURCE);

    @Override
    public Integer call() throws Exception {
      if (!Files.isDirectory(data)) {
        System.err.println("marsad: data folder " + data + " not found (use --data)");
        return ExitCodes.FAILED;
      }
      long started = System.nanoTime();
      Files.createDirectories(out.toAbsolutePath().getParent());
      LexiconBuilder.Report report;
      try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out))) {
        report = new LexiconBuilder(data, message -> System.err.println("  " + message)).build(stream);
      }
      System.out.printf("wrote %s: %,d bytes, %,d paths (%,d dictionary readings, %,d proper nouns, %,d counted forms from %,d corpus tokens) in %.1f s%n",
          out, Files.size(out), report.paths(), report.dictionaryForms(), report.properNouns(),
          report.countedForms(), report.corpusTokens(), (System.nanoTime() - started) / 1e9);
      return ExitCodes.OK;
    }
  }
}
