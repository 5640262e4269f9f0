package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.eval.SegmentationAgreement;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.FunctionWords;
import org.marsad.text.Lexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad eval …}: scores a component against a reference file. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score a component against reference data.",
    subcommands = {EvalCommand.Segmentation.class})
final class EvalCommand {

  enum Format { text, json }

  @Command(
      name = "segmentation",
      mixinStandardHelpOptions = true,
      description = {
        "Agreement of the clitic segmentation with a reference, word by word.",
        "FILE has one word per line: word<TAB>segmentation in the Stanford segmenter's notation",
        "(prefixes end with '+', suffixes start with '+': \"و+ ب+ موسكو\", \"مدينة +ه\"); blank lines are ignored."
      })
  static final class Segmentation implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Reference segmentation file.")
    Path file;

    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--weights", hidden = true,
        description = "Segmenter weights to try instead of the shipped ones (for tuning on a train file).")
    String weights;

    @Option(names = "--examples", description = "Examples to print per kind of disagreement (default: ${DEFAULT-VALUE}).")
    int examples = 5;

    @Override
    public Integer call() throws Exception {
      SegmentationAgreement agreement = new SegmentationAgreement(
          new CliticSegmenter(Lexicon.load(), FunctionWords.load(),
              weights == null ? CliticSegmenter.Weights.DEFAULT : CliticSegmenter.Weights.parse(weights)));
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = reader.readLine()) != null) {
          int tab = line.indexOf('\t');
          if (tab > 0) {
            agreement.add(line.substring(0, tab), line.substring(tab + 1));
          }
        }
      }
      if (format == Format.json) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        out.put("arabic_words", agreement.arabicWords());
        out.put("agreement", agreement.agreement());
        out.put("agreement_all_tokens", agreement.agreementAllTokens());
        out.put("incomparable", agreement.incomparable());
        ObjectNode kinds = out.putObject("disagreements");
        agreement.disagreementKinds().forEach(kinds::put);
        System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return ExitCodes.OK;
      }
      System.out.printf("Arabic words: %,d   agreement: %.2f%%   (all %,d tokens: %.2f%%; %,d words the reference rewrote beyond alignment were left out)%n",
          agreement.arabicWords(), 100 * agreement.agreement(), agreement.arabicWords() + agreement.otherWords(),
          100 * agreement.agreementAllTokens(), agreement.incomparable());
      for (Map.Entry<String, Integer> kind : agreement.disagreementKinds().entrySet()) {
        System.out.printf("  %-36s %,6d%n", kind.getKey(), kind.getValue());
        List<String> list = agreement.examples().get(kind.getKey());
        for (int i = 0; i < Math.min(examples, list.size()); i++) {
          System.out.println("      " + list.get(i));
        }
      }
      return ExitCodes.OK;
    }
  }
}
