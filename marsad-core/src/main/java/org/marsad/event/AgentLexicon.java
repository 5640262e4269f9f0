package org.marsad.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Role nouns that name an actor by what it is, not by name: "المتظاهرون" (civilians), "الجيش"
 * (military), "الجماعات المسلحة" (armed groups). One- and two-word entries, by key.
 */
public final class AgentLexicon {
  public static final String RESOURCE = "agents.tsv";
  private final Map<String, String> roles;

  public AgentLexicon(Map<String, String> roles) {
    this.roles = Map.copyOf(roles);
  }

  public static AgentLexicon load() {
    try (InputStream in = AgentLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + ": run `marsad train events`");
      }
      Map<String, String> roles = new HashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        roles.put(f[0], f[1]);
      }
      return new AgentLexicon(roles);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The role of a key of one to three words ("جماعات مسلحه", "مجلس اداره جمعيه"), or null. */
  public String role(String key) {
    return roles.get(key);
  }

  public int size() {
    return roles.size();
  }
}
