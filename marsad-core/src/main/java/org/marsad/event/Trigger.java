package org.marsad.event;

import java.util.List;

/**
 * One entry of the event lexicon: a word that, in the right company, names an event of a CAMEO code.
 *
 * @param key the word's key ({@link EventKeys#of})
 * @param verb whether the entry is a verb (else an event noun)
 * @param cameo CAMEO event code
 * @param needs keys of which one must occur within the next words; empty = none needed
 * @param unless keys that veto the trigger when right before or after it
 * @param agent role code the trigger implies when the text names no source ("CVL" for protests), or null
 * @param plover PLOVER type where the word's own meaning overrides the crosswalk from its CAMEO code, or null
 * @param origin where the entry comes from: "marsad" (curated) or "cameo-ar" (converted)
 */
public record Trigger(
    String key, boolean verb, String cameo, List<String> needs, List<String> unless, String agent,
    String plover, String origin) {

  public Trigger {
    needs = List.copyOf(needs);
    unless = List.copyOf(unless);
  }

  /** Whether the entry is curated ({@code lexicons/events/triggers.tsv}), not converted from the CAMEO dictionary. */
  public boolean curated() {
    return "marsad".equals(origin);
  }

  /** The resource line of this entry (the format {@link TriggerLexicon} reads). */
  public String toLine() {
    return key + '\t' + (verb ? "V" : "N") + '\t' + cameo + '\t' + String.join("|", needs) + '\t'
        + String.join("|", unless) + '\t' + orEmpty(agent) + '\t' + orEmpty(plover) + '\t' + origin;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Parses one resource line. */
  public static Trigger parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length < 8) {
      throw new IllegalArgumentException("trigger line needs 8 columns: " + line);
    }
    return new Trigger(f[0], f[1].equals("V"), f[2], split(f[3]), split(f[4]), nullIfEmpty(f[5]),
        nullIfEmpty(f[6]), f[7]);
  }

  private static String nullIfEmpty(String s) {
    return s.isEmpty() ? null : s;
  }

  static List<String> split(String field) {
    return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
  }
}
