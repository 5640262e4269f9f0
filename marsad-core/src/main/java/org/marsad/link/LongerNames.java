package org.marsad.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.doc.Entity;

/**
 * A body's short name, once the document has named a longer body that opens with it and belongs to another
 * country: "مقاتلو حزب العمال" in news that names "حزب العمال الكردستاني" is the PKK, not Britain's Labour
 * Party, which "حزب العمال" alone is in the knowledge base (the judged samples marked it wrong, seed 164). A
 * reader takes the short form for the body the article is about. Only a short name that is a body of one
 * country, and only across countries: "الجيش السوري" beside "الجيش السوري الحر" is still the army, two bodies
 * of one country that the article tells apart.
 */
final class LongerNames {
  private LongerNames() {}

  /** The entities, with each such short name linked as the longer body (one longer body only). */
  static List<Entity> relink(List<Entity> entities, boolean explain) {
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      out.add(longer(entities, e, explain));
    }
    return out;
  }

  private static Entity longer(List<Entity> entities, Entity e, boolean explain) {
    // (a generic body, "الجيش", "الحكومة", has no country of its own: the event stage places it)
    if (!"ORG".equals(e.type()) || e.id() == null || e.country() == null) {
      return e;
    }
    String prefix = KnowledgeBase.key(e.text()) + " ";
    Entity found = null;
    for (Entity f : entities) {
      if (f.id() == null || f.id().equals(e.id()) || !"ORG".equals(f.type()) || f.country() == null
          || Objects.equals(f.country(), e.country()) || !KnowledgeBase.key(f.text()).startsWith(prefix)) {
        continue;
      }
      if (found != null && !found.id().equals(f.id())) {
        return e; // (two longer bodies: no telling which)
      }
      found = f;
    }
    if (found == null) {
      return e;
    }
    String why = explain ? "short name of \"" + found.text() + "\", named in the document" : null;
    return e.linked(found.id(), found.name(), found.country(), found.code(), e.confidence(), why);
  }
}
