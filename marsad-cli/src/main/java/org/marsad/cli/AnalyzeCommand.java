package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.doc.Document;
import org.marsad.io.DocumentWriter;
import org.marsad.io.InputException;
import org.marsad.io.InputFormat;
import org.marsad.io.InputReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code marsad analyze}: articles in, one JSON document per article (or GDELT event rows) out. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse Arabic articles: sentences, tokens (norm, lemma, clitics) and the annotation layers.",
      "Reads plain text, HTML (the article's main text) and JSON Lines",
      "(one {\"id\",\"text\",\"date\",\"url\",\"source\"} object per line)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was analysed",
      "1:no input could be analysed",
      "2:invalid command line (unknown option, bad --date …)",
      "3:some inputs or JSON Lines lines were skipped; each is reported on stderr"
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Input files; '-' reads standard input.")
  List<String> files;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date, the anchor for relative time expressions (JSON Lines lines with their own date keep it).")
  LocalDate date;

  @Option(names = "--format", paramLabel = "FORMAT", converter = OutputFormat.Converter.class,
      description = "Output: json (pretty, one object per article), jsonl (one per line), text, "
          + "gdelt-events (GDELT 2.0 Events table: one tab-separated row per event, written at the end) "
          + "or gdelt-mentions (GDELT 2.0 Mentions table: one row per report of an event) "
          + "(default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.json;

  @Option(names = "--input-format", description = "auto, text, html or jsonl (default: ${DEFAULT-VALUE}: by file name, then content).")
  InputFormat inputFormat = InputFormat.auto;

  @Option(names = "--max-doc-size", paramLabel = "BYTES",
      description = "Largest article (text/HTML input or one JSON Lines line) to read (default: ${DEFAULT-VALUE}).")
  long maxDocumentBytes = InputReader.DEFAULT_MAX_DOCUMENT_BYTES;

  @Option(names = "--explain", description = "Say why each entity was linked to its knowledge-base entry (field \"explain\").")
  boolean explain;

  /**
   * Output formats. A Java name cannot hold '-', so each constant carries its format name: help and
   * {@link DocumentWriter#forFormat} use {@link #toString}, and the converter accepts only it (picocli
   * alone would also take "gdelt_events" and list both spellings in its error message).
   */
  enum OutputFormat {
    json("json"), jsonl("jsonl"), text("text"), gdelt_events("gdelt-events"), gdelt_mentions("gdelt-mentions");

    private final String name;

    OutputFormat(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }

    static final class Converter implements ITypeConverter<OutputFormat> {
      @Override
      public OutputFormat convert(String value) {
        for (OutputFormat format : values()) {
          if (format.name.equalsIgnoreCase(value)) {
            return format;
          }
        }
        throw new TypeConversionException(
            "expected one of " + java.util.Arrays.toString(values()) + " but was '" + value + "'");
      }
    }
  }

  /**
   * Standard output is a {@link java.io.PrintStream}, which keeps a write error to itself: asked after each
   * document, it makes a full disk end the run with a message and a failure code instead of a truncated
   * output and success.
   */
  private static UncheckedIOException unwritable() {
    return new UncheckedIOException(new IOException("cannot write the output (disk full, or the reader closed it)"));
  }

  @Override
  public Integer call() throws IOException {
    Marsad marsad = Marsad.load(explain);
    InputReader reader = new InputReader(maxDocumentBytes, date);
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    int[] count = {0};
    int[] skipped = {0};
    try (DocumentWriter writer = DocumentWriter.forFormat(format.toString(), out)) {
      InputReader.Sink sink = new InputReader.Sink() {
        @Override
        public void document(Document document) {
          Document analysed;
          try {
            analysed = marsad.analyze(document);
          } catch (RuntimeException | StackOverflowError e) {
            // a bug must not take the rest of the batch down with it: report the document and go on (a
            // runaway recursion too, whose stack is unwound by the time it is caught)
            skipped(document.id(), "internal error: " + e + whereThrown(e));
            return;
          }
          try {
            writer.write(analysed);
            count[0]++;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (System.out.checkError()) {
            throw unwritable(); // (a full disk or a closed pipe: stop, not go on writing into nothing)
          }
        }

        @Override
        public void skipped(String where, String why) {
          System.err.println("marsad: skipped " + where + ": " + why);
          skipped[0]++;
        }
      };
      for (String file : files) {
        try {
          if (file.equals("-")) {
            reader.read(System.in, "stdin", -1, inputFormat, sink);
          } else {
            Path path = Path.of(file);
            try (InputStream in = Files.newInputStream(path)) {
              reader.read(in, path.getFileName().toString(), Files.size(path), inputFormat, sink);
            }
          }
        } catch (InputException e) {
          sink.skipped(file, e.getMessage());
        } catch (NoSuchFileException e) {
          sink.skipped(file, "no such file");
        } catch (IOException e) {
          sink.skipped(file, "cannot read: " + e.getMessage());
        }
      }
    }
    if (System.out.checkError()) {
      throw unwritable(); // (what the last flush, on closing, could not write)
    }
    if (count[0] == 0) {
      return ExitCodes.FAILED;
    }
    return skipped[0] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  /** Where in Marsad's own code the error was thrown, so that a skip report can be filed as a bug. */
  private static String whereThrown(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("org.marsad.")) {
        return " at " + frame;
      }
    }
    return "";
  }
}
