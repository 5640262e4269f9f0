package org.marsad.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO 1.1b3 event-code table: every 2-, 3- and 4-digit code with its name, Goldstein score,
 * GDELT QuadClass and PLOVER event type, read from {@code cameo-codes.tsv} (whose header names the
 * sources: GDELT's lookup files and the OEDA CAMEO-to-PLOVER crosswalk).
 *
 * <p>The table is immutable and small, so it is read once and shared: {@link #load()} always returns
 * the same instance.
 */
public final class CameoCodes {
  private static final String RESOURCE = "cameo-codes.tsv";

  /** Lazy holder: the file is read on first use, once, thread-safely (class initialisation). */
  private static final class Shared {
    static final CameoCodes INSTANCE = read();
  }

  private final Map<String, CameoCode> byCode;
  private final List<CameoCode> inOrder;

  private CameoCodes(List<CameoCode> inOrder) {
    this.inOrder = List.copyOf(inOrder);
    Map<String, CameoCode> map = new HashMap<>();
    for (CameoCode c : inOrder) {
      map.put(c.code(), c);
    }
    this.byCode = Map.copyOf(map);
  }

  /** The shared table, read from the class path on first call. */
  public static CameoCodes load() {
    return Shared.INSTANCE;
  }

  /**
   * The entry for a CAMEO event code ("0211", "145", "19"), or empty when CAMEO 1.1b3 has no such
   * code. Codes are strings with their leading zero: "020", not "20" (root 20 is unconventional mass
   * violence).
   */
  public Optional<CameoCode> get(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
  }

  /** Every code, in table order (01, 010, 011, …, 2042). */
  public List<CameoCode> all() {
    return inOrder;
  }

  private static CameoCodes read() {
    try (InputStream in = CameoCodes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a table in the {@code cameo-codes.tsv} format; package-private so tests can feed their own. */
  static CameoCodes parse(BufferedReader reader, String source) throws IOException {
    Map<String, Row> rows = new HashMap<>();
    List<String> order = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      // Limit -1 keeps trailing empty columns, so a line missing its name is reported, not misread.
      String[] cols = line.split("\t", -1);
      if (cols.length != 5) {
        throw new IllegalStateException(source + ":" + number + ": expected 5 columns, got " + cols.length);
      }
      Row row = new Row(cols[0], cols[4], Double.parseDouble(cols[1]), Integer.parseInt(cols[2]),
          cols[3].isEmpty() ? null : cols[3]);
      if (rows.put(row.code(), row) != null) {
        throw new IllegalStateException(source + ":" + number + ": duplicate code " + row.code());
      }
      order.add(row.code());
    }
    List<CameoCode> codes = new ArrayList<>(order.size());
    for (String code : order) {
      Row row = rows.get(code);
      codes.add(new CameoCode(code, row.name(), row.goldstein(), row.quadClass(), plover(row, rows)));
    }
    return new CameoCodes(codes);
  }

  /**
   * The PLOVER type of a code. A 4-digit code the crosswalk leaves without a type of its own takes
   * its base code's, and failing that its root's: a CAMEO sub-code only refines its parent ("1411
   * demonstrate for leadership change" is a kind of "141 demonstrate or rally"), and PLOVER keeps
   * sub-codes in their parent's type, moving the detail into modes and contexts; where it does not
   * (0813, 1712), the crosswalk says so explicitly and that entry wins. Only 4-digit codes inherit: a
   * base code with no type (010 … 028) belongs to a root PLOVER dropped on purpose, and root 08 is
   * split between CONCEDE and RETREAT, so inheriting there would invent a type PLOVER does not give.
   * In the current table every 4-digit code outside root 02 has its own type; the fallback keeps
   * lookups sensible if a later crosswalk omits some.
   */
  private static String plover(Row row, Map<String, Row> rows) {
    if (row.plover() != null || row.code().length() != 4) {
      return row.plover();
    }
    for (String parent : List.of(row.code().substring(0, 3), row.code().substring(0, 2))) {
      Row p = rows.get(parent);
      if (p != null && p.plover() != null) {
        return p.plover();
      }
    }
    return null;
  }

  /** One line of the file, before the PLOVER fallback is applied. */
  private record Row(String code, String name, double goldstein, int quadClass, String plover) {}
}
