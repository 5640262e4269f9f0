package org.marsad.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.doc.Event;

/**
 * Who a person is, remembered within one document: a name first given with its title or found in the
 * knowledge base ("وزير الخارجية الأمريكي مايك بومبيو", "سارة ساندرز، المتحدثة باسم البيت الأبيض،")
 * keeps that code when the article later names the person alone ("وقال بومبيو"), which the knowledge
 * base may not know. Keyed by the last word of the name; only names, not places or bodies (a definite
 * last word is a nisba or a noun: "الخارجية الروسية"). One instance per document.
 */
final class NameMemory {
  private final Map<String, Event.Actor> byLastWord = new HashMap<>();

  /** The groups with uncoded names given the code remembered for them; coded names are remembered. */
  List<ActorGroup> resolve(SentenceWords w, List<ActorGroup> groups) {
    List<ActorGroup> out = new ArrayList<>(groups.size());
    for (ActorGroup g : groups) {
      List<ActorMention> members = new ArrayList<>(g.members().size());
      boolean changed = false;
      for (ActorMention m : g.members()) {
        Event.Actor a = m.actor();
        String key = nameKey(w, m);
        Event.Actor known = key == null ? null : byLastWord.get(key);
        // (a bare title's role without a country, "الملك سلمان" GOV, is completed by the name's memory)
        boolean titledOnly = a.country() == null && a.code() != null && a.code().length() == 3 && known != null
            && known.code() != null && known.code().endsWith(a.code());
        boolean roleless = a.code() == null || a.code().equals(a.country()) || titledOnly;
        if (roleless && known != null && !m.isCountry() && (a.country() == null || a.country().equals(known.country()))) {
          // a name with no code, or with its country but no role ("بومبيو" → USA): its title said more
          members.add(m.coded(known.id(), known.country(), known.code()));
          changed = true;
          continue;
        }
        // (not "أمير قطر": a country named alone later is the country, not its emir)
        // (nor a relative: "شقيق الملا عمر" is a civilian, the mullah is not)
        if (key != null && !roleless && m.last() > m.first() && (a.id() == null || a.id().startsWith("person:"))
            && (a.country() != null || a.id() != null) && !Relatives.relative(w, m)) {
          byLastWord.put(key, a); // a name with its title or its knowledge-base entry
        }
        members.add(m);
      }
      out.add(changed ? new ActorGroup(g.first(), g.last(), members) : g);
    }
    return out;
  }

  /** The key of the mention's last word when it can end a person's name, else null. */
  private static String nameKey(SentenceWords w, ActorMention m) {
    if (m.attributive() || w.isDefinite(m.last()) || !w.token(m.last()).isWord()) {
      return null;
    }
    String key = w.bare[m.last()];
    return key.length() >= 3 ? key : null;
  }
}
