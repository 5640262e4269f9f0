package org.marsad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a sheet of hand-judged events ({@link WildEventSample}): per stratum, the share of events whose
 * code is right (and whose root is), and among the events that are there, the share with the right
 * source, target and mode; overall figures weight each stratum by its share of the sampled pool, so a
 * sheet that over-samples the hard events still estimates the whole output. With a second judge's sheet
 * of the same events, {@link #agreement} says how often the two agree per column.
 */
public final class JudgedEvents {
  private static final Pattern POOL = Pattern.compile("pool: other (\\d+), statement (\\d+)");
  private static final List<String> VERDICTS = List.of("code_ok", "source_ok", "target_ok", "mode_ok");

  /** One judged row: its key and its four verdicts (code y/r/n, the others y/n/-). */
  public record Row(String key, String stratum, String code, String source, String target, String mode) {
    String verdict(String column) {
      return switch (column) {
        case "code_ok" -> code;
        case "source_ok" -> source;
        case "target_ok" -> target;
        default -> mode;
      };
    }
  }

  /** Share of yes over the counted rows, with its count and a 95% Wilson interval. */
  public record Share(int yes, int n) {
    public double value() {
      return n == 0 ? 0 : (double) yes / n;
    }

    /** Lower and upper bound of the 95% Wilson score interval. */
    public double[] wilson() {
      if (n == 0) {
        return new double[] {0, 1};
      }
      double z = 1.96;
      double p = value();
      double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
      double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z * z / n);
      return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }
  }

  private final List<Row> rows;
  private final Map<String, Integer> pool;

  private JudgedEvents(List<Row> rows, Map<String, Integer> pool) {
    this.rows = List.copyOf(rows);
    this.pool = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pool));
  }

  /** Reads a sheet; rows with a verdict missing or outside its values are an error (half-judged sheets lie). */
  public static JudgedEvents read(Path sheet) throws IOException {
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> pool = new LinkedHashMap<>();
    List<String> header = null;
    int lineNumber = 0;
    for (String line : Files.readAllLines(sheet, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.startsWith("#")) {
        Matcher m = POOL.matcher(line);
        if (m.find()) {
          pool.put("other", Integer.parseInt(m.group(1)));
          pool.put("statement", Integer.parseInt(m.group(2)));
        }
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = List.of(cells);
        for (String needed : List.of("article", "trigger_start", "cameo", "stratum", "code_ok", "source_ok",
            "target_ok", "mode_ok")) {
          if (!header.contains(needed)) {
            throw new IOException(sheet + ": no column " + needed);
          }
        }
        continue;
      }
      List<String> h = header;
      java.util.function.Function<String, String> cell = name -> {
        int i = h.indexOf(name);
        return i < cells.length ? cells[i].trim() : "";
      };
      Row row = new Row(cell.apply("article") + "@" + cell.apply("trigger_start") + ":" + cell.apply("cameo")
          + ":" + cell.apply("source_code") + ":" + cell.apply("target_code"), cell.apply("stratum"),
          cell.apply("code_ok"), cell.apply("source_ok"), cell.apply("target_ok"), cell.apply("mode_ok"));
      check(sheet, lineNumber, row);
      rows.add(row);
    }
    if (pool.isEmpty()) {
      throw new IOException(sheet + ": no '# … pool: other N, statement M' header line");
    }
    return new JudgedEvents(rows, pool);
  }

  private static void check(Path sheet, int line, Row row) throws IOException {
    if (!List.of("y", "r", "n").contains(row.code())) {
      throw new IOException(sheet + ":" + line + ": code_ok must be y, r or n, not '" + row.code() + "'");
    }
    for (String column : VERDICTS.subList(1, VERDICTS.size())) {
      String v = row.verdict(column);
      boolean allowed = row.code().equals("n") ? v.equals("-") || v.equals("y") || v.equals("n")
          : v.equals("y") || v.equals("n");
      if (!allowed) {
        throw new IOException(sheet + ":" + line + ": " + column + " must be y or n"
            + (row.code().equals("n") ? " or -" : "") + ", not '" + v + "'");
      }
    }
  }

  public List<Row> rows() {
    return rows;
  }

  public List<String> strata() {
    return List.copyOf(pool.keySet());
  }

  /** The share of the stratum's rows (all strata: {@code null}) where the measure holds. */
  public Share share(String stratum, String measure) {
    int yes = 0;
    int n = 0;
    for (Row r : rows) {
      if (stratum != null && !stratum.equals(r.stratum())) {
        continue;
      }
      switch (measure) {
        case "code" -> {
          n++;
          yes += r.code().equals("y") ? 1 : 0;
        }
        case "root" -> {
          n++;
          yes += r.code().equals("n") ? 0 : 1;
        }
        case "all" -> {
          n++;
          yes += r.code().equals("y") && r.source().equals("y") && r.target().equals("y") && r.mode().equals("y")
              ? 1 : 0;
        }
        default -> {
          if (!r.code().equals("n")) { // actors and mode of events that are there
            n++;
            yes += r.verdict(measure + "_ok").equals("y") ? 1 : 0;
          }
        }
      }
    }
    return new Share(yes, n);
  }

  /** The measure over the whole output: each stratum's share weighted by its size in the pool. */
  public double weighted(String measure) {
    double total = 0;
    double sum = 0;
    for (Map.Entry<String, Integer> s : pool.entrySet()) {
      Share share = share(s.getKey(), measure);
      if (share.n() > 0) {
        sum += s.getValue() * share.value();
        total += s.getValue();
      }
    }
    return total == 0 ? 0 : sum / total;
  }

  /** Per verdict column, the share of the events both sheets hold on which the two judges agree. */
  public static Map<String, Share> agreement(JudgedEvents a, JudgedEvents b) {
    Map<String, Row> byKey = new LinkedHashMap<>();
    b.rows.forEach(r -> byKey.put(r.key(), r));
    Map<String, Share> out = new LinkedHashMap<>();
    for (String column : VERDICTS) {
      int same = 0;
      int n = 0;
      for (Row r : a.rows) {
        Row other = byKey.get(r.key());
        if (other != null) {
          n++;
          same += r.verdict(column).equals(other.verdict(column)) ? 1 : 0;
        }
      }
      out.put(column, new Share(same, n));
    }
    return out;
  }
}
