package org.marsad.link;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.SearchKeys;
import org.marsad.text.WordPrefixes;

/**
 * The knowledge base: entries and the aliases that name them, indexed by a normalised key (search
 * foldings, no article on any word: "الإمارات العربية المتحدة" → "امارات عربيه متحده").
 *
 * <p>Built by {@code marsad train kb} from the curated files in {@code kb/}, CLDR's Arabic country
 * names (ICU4J) and the CAMEO actor dictionary; stored as gzipped text ({@code E} lines for entries,
 * {@code A} lines for aliases).
 */
public final class KnowledgeBase {
  public static final String RESOURCE = "/org/marsad/link/kb.tsv.gz";

  /** How an alias names its entry. */
  public enum AliasKind {
    NAME, SURNAME, NISBA, CAPITAL, SEAT,
    /**
     * A place's one-word name that is also a common word ("صور", pictures; "العين", the eye): linked
     * from the text only behind a place word ("في صور", "مدينة العين") or where the tagger found a place.
     */
    WORD,
    /**
     * A body's head noun standing for it alone, only in a document that names it in full or is about
     * one of its {@link Alias#context} countries: "التحالف" for the Saudi-led coalition in news of Yemen.
     */
    SHORT
  }

  /**
   * An alias of an entry.
   *
   * @param context for a {@link AliasKind#SHORT} alias, the countries whose news it is used in without
   *     the full name (empty: only after the full name)
   */
  public record Alias(String key, KbEntry entry, AliasKind kind, List<String> context) {
    public Alias {
      context = List.copyOf(context);
    }

    public Alias(String key, KbEntry entry, AliasKind kind) {
      this(key, entry, kind, List.of());
    }
  }

  private final Map<String, KbEntry> entries;
  private final Map<String, List<Alias>> aliases;
  private final int longestAlias;

  public KnowledgeBase(Map<String, KbEntry> entries, Map<String, List<Alias>> aliases) {
    this.entries = entries;
    this.aliases = aliases;
    this.prefixes = WordPrefixes.of(aliases.keySet());
    this.longestAlias = WordPrefixes.longest(aliases.keySet());
    this.shortKeys = aliases.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(a -> a.kind() == AliasKind.SHORT))
        .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.givenNames = aliases.values().stream().flatMap(List::stream)
        .filter(a -> a.kind() == AliasKind.NAME && a.entry().kind() == KbEntry.Kind.PERSON && a.key().indexOf(' ') > 0)
        .map(a -> a.key().substring(0, a.key().indexOf(' '))).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The first words of the people's names of two words or more ("أحمد", "سامي", "إيمانويل"): given names. */
  private final java.util.Set<String> givenNames;

  /** Whether people the base knows carry this word as their first name. */
  public boolean isGivenName(String key) {
    return givenNames.contains(key);
  }

  /** The keys of the {@link AliasKind#SHORT} aliases. */
  private final java.util.Set<String> shortKeys;

  /** Whether some body's head noun stands for it alone under this key ("تحالف"). */
  public boolean isShortKey(String key) {
    return shortKeys.contains(key);
  }

  /** Every proper word-prefix of a multi-word alias, so that matching can stop as soon as none fits. */
  private final java.util.Set<String> prefixes;

  /** Whether some alias starts with these words and goes on. */
  public boolean isPrefix(String key) {
    return prefixes.contains(key);
  }

  public static KnowledgeBase load() {
    try (InputStream in = KnowledgeBase.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("knowledge base " + RESOURCE + " is missing: build it with `marsad train kb`");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public KbEntry entry(String id) {
    return entries.get(id);
  }

  public int size() {
    return entries.size();
  }

  public int aliasCount() {
    return aliases.values().stream().mapToInt(List::size).sum();
  }

  public int longestAlias() {
    return longestAlias;
  }

  /** Every alias, of every key. */
  public Iterable<Alias> aliases() {
    return () -> aliases.values().stream().flatMap(List::stream).iterator();
  }

  /** Aliases with exactly this key. */
  public List<Alias> lookup(String key) {
    return aliases.getOrDefault(key, List.of());
  }

  private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer(ArabicNormalizer.Options.DEFAULT);

  /** The index key of one word. */
  public static String wordKey(String word) {
    String key = SearchKeys.fold(NORMALIZER.normalize(word));
    if (key.startsWith("لل") && key.length() > 4) {
      // "للطاقة" in a name is ل + الطاقة, which the text layer segments to the stem "لطاقة" (the article's
      // alif dropped): the name's key is written the same way, or "الوكالة الدولية للطاقة الذرية" never links
      return "ل" + key.substring(2);
    }
    if (!key.startsWith("ال") || key.length() <= 3) {
      return key;
    }
    String bare = key.substring(2);
    // a word whose own first letters are a hamza's alif and lam, "ألماني", folds to "الماني", which reads as
    // the article on "ماني"; its definite form "الألماني" must reach the same key, so the article goes twice
    return bare.startsWith("ال") && bare.length() > 4 ? bare.substring(2) : bare;
  }

  /** The index key of a name of any number of words. */
  public static String key(String name) {
    StringBuilder key = new StringBuilder();
    // (a hyphen stays inside its word, as the tokenizer keeps it (بوك-إم3); a hashtag's sign is no letter of
    // the name: "إيمانويل #ماكرون")
    for (String word : name.trim().split("[\\s_#]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(wordKey(word));
    }
    return key.toString();
  }

  // ---- storage -------------------------------------------------------------------------------

  public void write(OutputStream out) throws IOException {
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
      w.write("# marsad knowledge base: E id kind name country code roles | A key id kind context\n");
      for (KbEntry e : entries.values()) {
        StringBuilder roles = new StringBuilder();
        for (KbEntry.Role r : e.roles()) {
          if (roles.length() > 0) {
            roles.append('|');
          }
          roles.append(r.code()).append(':').append(r.from() == null ? "" : r.from())
              .append(':').append(r.to() == null ? "" : r.to());
        }
        w.write(String.join("\t", "E", e.id(), e.kind().name(), e.name(), nz(e.country()), nz(e.code()),
            roles.toString()) + "\n");
      }
      List<String> keys = new ArrayList<>(aliases.keySet());
      java.util.Collections.sort(keys);
      for (String key : keys) {
        for (Alias a : aliases.get(key)) {
          w.write(String.join("\t", "A", key, a.entry().id(), a.kind().name(), String.join("|", a.context())) + "\n");
        }
      }
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  public static KnowledgeBase read(InputStream in) throws IOException {
    Map<String, KbEntry> entries = new LinkedHashMap<>();
    Map<String, List<Alias>> aliases = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f[0].equals("E")) {
          List<KbEntry.Role> roles = new ArrayList<>();
          if (!f[6].isEmpty()) {
            for (String role : f[6].split("\\|")) {
              String[] p = role.split(":", -1);
              roles.add(new KbEntry.Role(p[0], p[1].isEmpty() ? null : LocalDate.parse(p[1]),
                  p[2].isEmpty() ? null : LocalDate.parse(p[2])));
            }
          }
          entries.put(f[1], new KbEntry(f[1], KbEntry.Kind.valueOf(f[2]), f[3], f[4].isEmpty() ? null : f[4],
              f[5].isEmpty() ? null : f[5], roles));
        } else if (f[0].equals("A")) {
          KbEntry entry = entries.get(f[2]);
          if (entry != null) {
            List<String> context = f.length > 4 && !f[4].isEmpty() ? List.of(f[4].split("\\|")) : List.of();
            aliases.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new Alias(f[1], entry, AliasKind.valueOf(f[3]),
                context));
          }
        }
      }
    }
    return new KnowledgeBase(entries, aliases);
  }
}
