package org.marsad.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event lexicon: trigger words by key. Entries with a {@code needs} condition come before the
 * plain ones of the same key, so that "وقع اتفاقا" (signed) wins over a bare reading of the verb.
 */
public final class TriggerLexicon {
  public static final String RESOURCE = "triggers.tsv";
  private final Map<String, List<Trigger>> byKey = new HashMap<>();
  private final int size;

  public TriggerLexicon(Collection<Trigger> triggers) {
    for (Trigger t : triggers) {
      byKey.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(t);
    }
    for (List<Trigger> list : byKey.values()) {
      list.sort((a, b) -> Boolean.compare(a.needs().isEmpty(), b.needs().isEmpty()));
    }
    size = triggers.size();
  }

  /** The lexicon shipped in the jar (built by {@code marsad train events}). */
  public static TriggerLexicon load() {
    try (InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + ": run `marsad train events`");
      }
      TriggerLexicon lexicon = read(in);
      if (lexicon.size() == 0) {
        throw new IllegalStateException("resource " + RESOURCE + " has no triggers: run `marsad train events`");
      }
      return lexicon;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TriggerLexicon read(InputStream in) throws IOException {
    List<Trigger> triggers = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = reader.readLine()) != null; ) {
      if (!line.isBlank() && !line.startsWith("#")) {
        triggers.add(Trigger.parse(line));
      }
    }
    return new TriggerLexicon(triggers);
  }

  /** Entries for a key, conditioned ones first; empty when the key is not a trigger. */
  public List<Trigger> get(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  public int size() {
    return size;
  }
}
