package org.marsad.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of a CoNLL-style NER file: {@code token TAG} per line (tab or space), a blank line between
 * sentences, IOB2 tags over PER (or ANERcorp's PERS), LOC, ORG, MISC.
 */
public record ConllSentence(List<String> words, List<String> tags) {

  public static List<ConllSentence> read(Path file) throws IOException {
    List<ConllSentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int number = 0;
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      String line = raw.strip();
      if (line.isEmpty()) {
        if (!words.isEmpty()) {
          sentences.add(new ConllSentence(List.copyOf(words), List.copyOf(tags)));
          words.clear();
          tags.clear();
        }
        continue;
      }
      int sep = line.lastIndexOf('\t') >= 0 ? line.lastIndexOf('\t') : line.lastIndexOf(' ');
      if (sep <= 0) {
        throw new IOException(file + ":" + number + ": expected \"token TAG\", got \"" + line + "\"");
      }
      String tag = line.substring(sep + 1).strip().replace("PERS", "PER");
      Tags.index(tag);
      words.add(line.substring(0, sep).strip());
      tags.add(tag);
    }
    if (!words.isEmpty()) {
      sentences.add(new ConllSentence(List.copyOf(words), List.copyOf(tags)));
    }
    return sentences;
  }

  /** The sentence as text: its words joined by spaces, with each word's start offset. */
  public String text(int[] starts) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        text.append(' ');
      }
      starts[i] = text.length();
      text.append(words.get(i));
    }
    return text.toString();
  }

  /** Entities as (type, first word, last word + 1), from IOB2 tags (a stray I-X opens an entity). */
  public static List<int[]> spans(List<String> tags) {
    List<int[]> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean inside = tag.startsWith("I-") && type != null && tag.substring(2).equals(type);
      if (start >= 0 && !inside) {
        spans.add(new int[] {Tags.TYPES.indexOf(type), start, i});
        start = -1;
        type = null;
      }
      if (tag.startsWith("B-") || (tag.startsWith("I-") && start < 0)) {
        start = i;
        type = tag.substring(2);
      }
    }
    return spans;
  }
}
