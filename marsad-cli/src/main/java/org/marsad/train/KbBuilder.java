package org.marsad.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.marsad.link.KbEntry;
import org.marsad.link.KnowledgeBase;
import org.marsad.link.KnowledgeBase.AliasKind;

/**
 * Builds the knowledge base from the curated files in {@code kb/} (countries, places, organisations,
 * people), CLDR's Arabic country names (ICU4J), the nationality list and the people of the CAMEO
 * actor dictionary in {@code ../shared/data}. Curated entries win over generated ones; an alias
 * naming several entries keeps them all (the linker chooses by type and date).
 */
public final class KbBuilder {
  private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
  /** First words of CAMEO dictionary entries that are roles or bodies, not personal names. */
  private static final Set<String> NOT_PERSON_START = Set.of("رئيس", "وزير", "وزارة", "حركة", "منظمة", "حزب",
      "جيش", "شرطة", "قوة", "قوات", "اتحاد", "مجلس", "أمين", "جنرال", "حكومة", "جبهة", "جماعة", "لجنة", "محكمة",
      "ملك", "أمير", "شيخ", "نائب", "قائد", "سفير", "مكتب", "هيئة", "وكالة", "بنك", "شركة", "جامعة", "برلمان",
      "مسؤول", "متحدث", "زعيم", "رئيسة", "وزيرة", "سلطة", "تنظيم", "كتائب", "ميليشيا", "مليشيا", "جمعية");

  private final Path kb;
  private final Path data;
  private final Consumer<String> log;
  private final Map<String, KbEntry> entries = new LinkedHashMap<>();
  private final Map<String, List<KnowledgeBase.Alias>> aliases = new HashMap<>();

  public KbBuilder(Path kb, Path data, Consumer<String> log) {
    this.kb = kb;
    this.data = data;
    this.log = log;
  }

  public KnowledgeBase build() throws IOException {
    countries();
    places();
    organizations();
    products();
    people();
    cameoPeople();
    KnowledgeBase base = new KnowledgeBase(entries, aliases);
    log.accept(String.format(Locale.ROOT, "%,d entries, %,d aliases", base.size(), base.aliasCount()));
    return base;
  }

  public void write(OutputStream out) throws IOException {
    build().write(out);
  }

  // ---- countries ---------------------------------------------------------------------------------

  private void countries() throws IOException {
    ULocale arabic = new ULocale("ar");
    Map<String, String> iso2to3 = new HashMap<>();
    for (String iso2 : ULocale.getISOCountries()) {
      ULocale region = new ULocale("und", iso2);
      String iso3 = region.getISO3Country();
      if (iso3.isEmpty()) {
        continue;
      }
      iso2to3.put(iso2, iso3);
      add(new KbEntry(iso3, KbEntry.Kind.COUNTRY, region.getDisplayCountry(arabic), iso3, iso3, List.of()),
          region.getDisplayCountry(arabic), AliasKind.NAME);
    }
    for (String line : Files.readAllLines(data.resolve("lexicons/countries/country.csv"), StandardCharsets.UTF_8)) {
      String[] f = line.split(",", 2);
      if (f.length == 2 && iso2to3.containsKey(f[0])) {
        // CSV quotes a name with spaces: "جزر فيرجن التابعة للولايات المتحدة"
        alias(iso2to3.get(f[0]), f[1].strip().replaceAll("^\"|\"$", ""), AliasKind.NAME);
      }
    }
    Path file = kb.resolve("countries.tsv");
    for (Map<String, String> row : rows(file)) {
      String iso3 = row.get("iso3").trim();
      if (!entries.containsKey(iso3)) {
        log.accept("countries.tsv: unknown ISO 3166 code " + iso3 + " (skipped)");
        continue;
      }
      for (String a : values(row.get("aliases"))) {
        alias(iso3, a, AliasKind.NAME);
      }
      for (String a : values(row.get("capital"))) {
        alias(iso3, a, AliasKind.CAPITAL);
      }
      for (String a : values(row.get("seats"))) {
        alias(iso3, a, AliasKind.SEAT);
      }
      for (String a : values(row.get("nisba"))) {
        nisbas(iso3, a);
      }
      for (String a : values(row.get("plurals"))) {
        alias(iso3, a, AliasKind.NISBA); // "دبلوماسيين روس", "6 أتراك": a broken plural has no derived forms
      }
    }
    // the generated list second: it gives Belarus "روسي", which the curated list keeps for Russia
    JsonNode nationalities = new ObjectMapper().readTree(data.resolve("lexicons/nationalities/nationalities.json").toFile());
    Map<String, Integer> countriesPerNisba = new HashMap<>();
    for (JsonNode n : nationalities) {
      countriesPerNisba.merge(n.path("natianality_ar").asText("").trim(), 1, Integer::sum);
    }
    for (JsonNode n : nationalities) {
      String iso3 = iso2to3.get(n.path("code").asText());
      String nisba = n.path("natianality_ar").asText("");
      // a nisba the list gives to two countries and the curated list to neither names no one country: كوري is
      // both Koreas' ("الزعيم الكوري" is the North's, "السفير الكوري" in Riyadh the South's, "الكوريتين" both)
      boolean shared = countriesPerNisba.get(nisba.trim()) > 1 && !aliases.containsKey(KnowledgeBase.key(nisba));
      if (iso3 != null && !nisba.isBlank() && !shared && !isNisbaOfAnother(nisba, iso3)
          && !NISBA_STOPLIST.contains(nisba.trim())) {
        nisbas(iso3, nisba);
      }
    }
  }

  private boolean isNisbaOfAnother(String nisba, String iso3) {
    for (KnowledgeBase.Alias a : aliases.getOrDefault(KnowledgeBase.key(nisba), List.of())) {
      if (a.kind() == AliasKind.NISBA && !a.entry().id().equals(iso3)) {
        return true;
      }
    }
    return false;
  }

  /** The forms of a nisba adjective: مصري، مصرية، مصريون، مصريين، مصريات، مصريان (the article is not part of keys). */
  private void nisbas(String iso3, String masculine) {
    String[] words = masculine.trim().split("\\s+");
    for (String suffix : new String[] {"", "ة", "ون", "ين", "ات", "ان", "تان", "تين"}) {
      StringBuilder form = new StringBuilder();
      for (String word : words) { // كوري شمالي → كورية شمالية: every word agrees
        String base = word.startsWith("ال") ? word.substring(2) : word;
        form.append(form.length() == 0 ? "" : " ").append(base).append(suffix);
      }
      alias(iso3, form.toString(), AliasKind.NISBA);
    }
  }

  /**
   * Generated nisbas whose forms are common words: مالية (financial), قمرية (lunar), صحراوية (desert), البابوي
   * (papal: "المجلس البابوي للحوار بين الأديان" is no body of Papua New Guinea's).
   */
  private static final Set<String> NISBA_STOPLIST = Set.of("مالي", "قمري", "صحراوي", "بابوي",
      "أفريقي"); // (the list gives "African" to the Central African Republic and South Africa: a continent's)

  // ---- places, organisations, people ---------------------------------------------------------------

  private void places() throws IOException {
    for (Map<String, String> row : rows(kb.resolve("places.tsv"))) {
      String name = row.get("name").trim();
      String country = blankToNull(row.get("country"));
      String id = "place:" + KnowledgeBase.key(name).replace(' ', '_') + (country == null ? "" : ":" + country);
      // (a one-word name that is also a common word needs a place word before it: common_word = yes)
      boolean common = "yes".equals(row.getOrDefault("common_word", "").trim());
      add(new KbEntry(id, KbEntry.Kind.PLACE, name, country, null, List.of()), name, placeKind(name, common));
      for (String a : values(row.get("aliases"))) {
        alias(id, a, placeKind(a, common));
      }
    }
  }

  private static AliasKind placeKind(String name, boolean commonWord) {
    return commonWord && !name.trim().contains(" ") ? AliasKind.WORD : AliasKind.NAME;
  }

  private void organizations() throws IOException {
    for (Map<String, String> row : rows(kb.resolve("organizations.tsv"))) {
      KbEntry.Kind kind = "product".equals(row.getOrDefault("type", "").trim()) ? KbEntry.Kind.PRODUCT : KbEntry.Kind.ORG;
      named(row, "org:", kind, blankToNull(row.get("cameo")));
      for (String shortName : values(row.get("short"))) {
        // "التحالف@YEM": the head noun alone, and the countries whose news use it without the full name
        String[] parts = shortName.trim().split("@");
        String key = KnowledgeBase.key(parts[0]);
        KbEntry entry = entries.get("org:" + row.get("id").trim());
        aliases.computeIfAbsent(key, k -> new ArrayList<>()).add(new KnowledgeBase.Alias(key, entry, AliasKind.SHORT,
            List.of(parts).subList(1, parts.length)));
      }
    }
  }

  private void products() throws IOException {
    for (Map<String, String> row : rows(kb.resolve("products.tsv"))) {
      named(row, "product:", KbEntry.Kind.PRODUCT, null);
    }
  }

  /** An entry from a row with id, name, aliases and country columns. */
  private void named(Map<String, String> row, String idPrefix, KbEntry.Kind kind, String code) {
    String id = idPrefix + row.get("id").trim();
    String name = row.get("name").trim();
    add(new KbEntry(id, kind, name, blankToNull(row.get("country")), code, List.of()), name, AliasKind.NAME);
    for (String a : values(row.get("aliases"))) {
      alias(id, a, AliasKind.NAME);
    }
  }

  private void people() throws IOException {
    for (Map<String, String> row : rows(kb.resolve("people.tsv"))) {
      String id = "person:" + row.get("id").trim();
      String name = row.get("name").trim();
      List<KbEntry.Role> roles = new ArrayList<>();
      for (String role : values(row.get("roles"))) {
        String[] p = role.trim().split("\\s+");
        roles.add(new KbEntry.Role(p[0], p.length > 1 ? date(p[1]) : null, p.length > 2 ? date(p[2]) : null));
      }
      add(new KbEntry(id, KbEntry.Kind.PERSON, name, blankToNull(row.get("country")), null, roles), name, AliasKind.NAME);
      for (String a : values(row.get("aliases"))) {
        alias(id, a, a.trim().split("\\s+").length == 1 ? AliasKind.SURNAME : AliasKind.NAME);
      }
    }
  }

  /** People of the CAMEO actor dictionary that the curated list lacks: full names with dated codes. */
  private void cameoPeople() throws IOException {
    Path file = data.resolve("events/cameo-ar/actor_dict_ar_v4.txt");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String name = null;
    List<KbEntry.Role> roles = new ArrayList<>();
    int added = 0;
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      boolean roleLine = Character.isWhitespace(line.charAt(0)) && line.trim().startsWith("[");
      if (roleLine) {
        KbEntry.Role role = cameoRole(line.trim());
        if (role != null && name != null) {
          roles.add(role);
        }
        continue;
      }
      if (addCameoPerson(name, roles)) {
        added++;
      }
      name = line.trim();
      roles = new ArrayList<>();
      int bracket = name.indexOf('[');
      if (bracket >= 0) {
        name = null; // single-code entries are groups and roles, not dated people
      }
    }
    if (addCameoPerson(name, roles)) {
      added++;
    }
    log.accept("CAMEO actor dictionary: " + added + " people added");
  }

  private boolean addCameoPerson(String raw, List<KbEntry.Role> roles) {
    if (raw == null || roles.isEmpty()) {
      return false;
    }
    String name = raw.replace('_', ' ').trim();
    String[] words = name.split("\\s+");
    if (words.length < 2 || words.length > 4 || NOT_PERSON_START.contains(words[0])) {
      return false;
    }
    String key = KnowledgeBase.key(name);
    for (KnowledgeBase.Alias a : aliases.getOrDefault(key, List.of())) {
      if (a.entry().kind() == KbEntry.Kind.PERSON) {
        return false; // the curated entry wins
      }
    }
    String id = "cameo:" + key.replace(' ', '_');
    if (entries.containsKey(id)) {
      return false;
    }
    String country = roles.get(0).code().length() >= 3 ? roles.get(0).code().substring(0, 3) : null;
    KbEntry nation = country == null ? null : entries.get(country);
    if (country != null && !country.equals("IGO") && (nation == null || nation.kind() != KbEntry.Kind.COUNTRY)) {
      return false; // "مدعي عام" [JUD…], "جهاز أمن" [SPY…]: a role phrase of the dictionary, not a person
    }
    add(new KbEntry(id, KbEntry.Kind.PERSON, name, country != null && country.equals("IGO") ? null : country,
        null, roles), name, AliasKind.NAME);
    return true;
  }

  /** "[IRQGOV 20101221-20140908]" → a role; an end before the start (CAMEO's 18000101) means open. */
  private static KbEntry.Role cameoRole(String text) {
    String body = text.replace("[", "").replace("]", "").trim();
    String[] p = body.split("\\s+");
    if (p.length < 2 || !p[1].contains("-")) {
      return null;
    }
    String[] dates = p[1].split("-");
    LocalDate from = date(dates[0]);
    LocalDate to = dates.length > 1 ? date(dates[1]) : null;
    if (to != null && from != null && to.isBefore(from)) {
      to = null;
    }
    return new KbEntry.Role(p[0].replace("~", ""), from, to);
  }

  // ---- helpers -------------------------------------------------------------------------------------

  private void add(KbEntry entry, String name, AliasKind kind) {
    entries.putIfAbsent(entry.id(), entry);
    alias(entry.id(), name, kind);
  }

  private void alias(String id, String name, AliasKind kind) {
    addAlias(id, KnowledgeBase.key(name), kind);
    // a later word joined by و, "والتعاون", "وتوباغو": the text layer may split the و off the token, so the
    // name is indexed without it too ("منظمة الأمن والتعاون في أوروبا" as "منظمه امن تعاون في اوروبا")
    String[] words = name.trim().split("[\\s_]+");
    boolean joined = false;
    for (int i = 1; i < words.length; i++) {
      if (words[i].startsWith("و") && words[i].length() >= 4) {
        words[i] = words[i].substring(1);
        joined = true;
      }
    }
    if (joined) {
      addAlias(id, KnowledgeBase.key(String.join(" ", words)), kind);
    }
  }

  private void addAlias(String id, String key, AliasKind kind) {
    KbEntry entry = entries.get(id);
    if (entry == null || key.length() < 2) {
      return;
    }
    List<KnowledgeBase.Alias> list = aliases.computeIfAbsent(key, k -> new ArrayList<>());
    for (KnowledgeBase.Alias a : list) {
      if (a.entry().id().equals(id) && a.kind() == kind) {
        return;
      }
    }
    list.add(new KnowledgeBase.Alias(key, entry, kind));
  }

  private static LocalDate date(String yyyymmdd) {
    if (yyyymmdd == null || yyyymmdd.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(yyyymmdd.trim(), COMPACT);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static List<String> values(String cell) {
    List<String> out = new ArrayList<>();
    if (cell == null) {
      return out;
    }
    for (String v : cell.split("\\|")) {
      if (!v.isBlank()) {
        out.add(v.trim());
      }
    }
    return out;
  }

  /** Rows of a TSV with a header line; '#' lines are comments. */
  static List<Map<String, String>> rows(Path file) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    if (!Files.exists(file)) {
      System.err.println("  " + file + " is missing: no entries from it");
      return rows;
    }
    String[] header = null;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = cells;
        continue;
      }
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length && i < cells.length; i++) {
        row.put(header[i].trim(), cells[i]);
      }
      rows.add(row);
    }
    return rows;
  }
}
