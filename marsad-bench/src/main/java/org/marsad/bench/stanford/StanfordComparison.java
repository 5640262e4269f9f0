package org.marsad.bench.stanford;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.doc.Document;
import org.marsad.eval.SegmentationAgreement;
import org.marsad.text.CliticSegmenter;
import org.marsad.text.FunctionWords;
import org.marsad.text.Lexicon;
import org.marsad.text.TextStage;

/**
 * Runs Stanford's Arabic segmenter and Marsad's text layer over the words of a CoNLL-style file
 * (ANERcorp dev by default): Stanford's speed, Marsad's speed on the same sentences, and the word-by-
 * word agreement of the two segmentations, with the kinds of disagreement.
 *
 * <p>Usage: {@code StanfordComparison [FILE] [--out SEGMENTATION.tsv] [--examples N]}
 */
public final class StanfordComparison {
  public static void main(String[] args) throws Exception {
    Path file = Path.of("../shared/data/ner/anercorp/dev.tsv");
    Path out = null;
    int examples = 8;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out": out = Path.of(args[++i]); break;
        case "--examples": examples = Integer.parseInt(args[++i]); break;
        default: file = Path.of(args[i]);
      }
    }
    List<List<String>> sentences = readConll(file);
    long words = sentences.stream().mapToLong(List::size).sum();
    System.out.printf(Locale.ROOT, "input: %s, %,d sentences, %,d words%n", file, sentences.size(), words);

    long t0 = System.nanoTime();
    StanfordSegmenter stanford = new StanfordSegmenter();
    System.out.printf(Locale.ROOT, "Stanford model loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);
    for (List<String> s : sentences.subList(0, Math.min(50, sentences.size()))) {
      stanford.segment(s); // warm-up
    }
    List<String[]> theirs = new ArrayList<>(sentences.size());
    long start = System.nanoTime();
    for (List<String> s : sentences) {
      theirs.add(stanford.segment(s));
    }
    double stanfordSeconds = (System.nanoTime() - start) / 1e9;

    t0 = System.nanoTime();
    TextStage text = TextStage.load();
    double load = (System.nanoTime() - t0) / 1e9;
    List<String> sentenceTexts = new ArrayList<>();
    for (List<String> s : sentences) {
      sentenceTexts.add(String.join(" ", s));
    }
    for (int pass = 0; pass < 3; pass++) {
      for (String s : sentenceTexts) {
        text.apply(Document.of(null, s, null)); // warm-up
      }
    }
    start = System.nanoTime();
    for (String s : sentenceTexts) {
      text.apply(Document.of(null, s, null));
    }
    double marsadSeconds = (System.nanoTime() - start) / 1e9;

    System.out.printf(Locale.ROOT, "Stanford segmenter: %,.0f words/s (%.2f s)%n", words / stanfordSeconds, stanfordSeconds);
    System.out.printf(Locale.ROOT, "Marsad text layer:  %,.0f words/s (%.3f s; loaded in %.2f s)  = %.0f x Stanford%n",
        words / marsadSeconds, marsadSeconds, load, stanfordSeconds / marsadSeconds);

    SegmentationAgreement agreement =
        new SegmentationAgreement(new CliticSegmenter(Lexicon.load(), FunctionWords.load()));
    BufferedWriter writer = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    for (int i = 0; i < sentences.size(); i++) {
      for (int w = 0; w < sentences.get(i).size(); w++) {
        agreement.add(sentences.get(i).get(w), theirs.get(i)[w]);
        if (writer != null) {
          writer.write(sentences.get(i).get(w) + "\t" + theirs.get(i)[w] + "\n");
        }
      }
      if (writer != null) {
        writer.write("\n");
      }
    }
    if (writer != null) {
      writer.close();
    }
    System.out.printf(Locale.ROOT, "agreement with Stanford: %.2f%% of %,d Arabic words (%.2f%% of all %,d tokens; %d words left out: Stanford rewrote them beyond alignment)%n",
        100 * agreement.agreement(), agreement.arabicWords(), 100 * agreement.agreementAllTokens(),
        agreement.arabicWords() + agreement.otherWords(), agreement.incomparable());
    for (Map.Entry<String, Integer> kind : agreement.disagreementKinds().entrySet()) {
      System.out.printf(Locale.ROOT, "  %-32s %,6d%n", kind.getKey(), kind.getValue());
      List<String> list = agreement.examples().get(kind.getKey());
      for (int i = 0; i < Math.min(examples, list.size()); i++) {
        System.out.println("      " + list.get(i));
      }
    }
  }

  static List<List<String>> readConll(Path file) throws Exception {
    List<List<String>> sentences = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line = line.strip();
      if (line.isEmpty()) {
        if (!current.isEmpty()) {
          sentences.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      int sep = line.indexOf('\t') >= 0 ? line.indexOf('\t') : line.indexOf(' ');
      current.add(sep < 0 ? line : line.substring(0, sep));
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }
}
