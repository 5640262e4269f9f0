package org.marsad.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.doc.Entity;
import org.marsad.doc.Token;

/**
 * "His country" in what a speaker says: "وقال العطية إن بلاده ترفض …" is Qatar, "أعلن رئيس الوزراء البلغاري أن
 * بلاده لن تطرد …" Bulgaria (seed 246). Neither the tagger nor the linker can name it: only the speech verb's
 * subject does. The word becomes a mention of that country, read as the country's name would be, also inside
 * a phrase ("حكومة بلاده", its government). A speaker of no known country leaves it unnamed.
 */
final class OwnCountry {
  private OwnCountry() {}

  /** "بلاد" and "بلد" with a possessive pronoun: his, her, our, their country. */
  private static final java.util.Set<String> COUNTRY_WORDS = EventKeys.setOf("بلاد", "بلد");

  /**
   * The sentence's entities with a mention of the speaker's country for each "بلاده" in what a speaker says;
   * the same list when there is none.
   */
  static List<Entity> resolved(SentenceWords w, List<TriggerMatch> found, List<ActorGroup> groups,
      List<Entity> entities, ArgumentFinder arguments) {
    List<Entity> added = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      if (!ownCountryWord(w, i) || covered(entities, w.token(i))) {
        continue;
      }
      String country = speakersCountry(w, found, groups, arguments, i);
      if (country != null) {
        Token t = w.token(i);
        added.add(new Entity(t.stemStart(), t.end(), t.text().substring(t.stemStart() - t.start()), "ORG", country,
            null, country, country, 0.6, null));
      }
    }
    if (added.isEmpty()) {
      return entities;
    }
    List<Entity> all = new ArrayList<>(entities);
    all.addAll(added);
    all.sort(Comparator.comparingInt(Entity::start));
    return all;
  }

  /**
   * Whether the actor is such a mention, the speaker's own country: no one a statement is about or addressed
   * to ("شدد ترمب على أن بلاده", seed 246).
   */
  static boolean isMention(SentenceWords w, ActorMention m) {
    return m.first() == m.last() && m.isCountry() && ownCountryWord(w, m.first());
  }

  private static boolean ownCountryWord(SentenceWords w, int i) {
    return w.is(i, COUNTRY_WORDS) && !w.token(i).clitics().post().isEmpty();
  }

  private static boolean covered(List<Entity> entities, Token t) {
    return entities.stream().anyMatch(e -> e.start() < t.end() && e.end() > t.start());
  }

  /**
   * The country of the speaker whose words hold word i: the last speech verb before it whose said words open
   * before i, with no other speech verb between; {@code null} when its speakers name no one country.
   */
  private static String speakersCountry(SentenceWords w, List<TriggerMatch> found, List<ActorGroup> groups,
      ArgumentFinder arguments, int i) {
    for (int k = found.size() - 1; k >= 0; k--) {
      TriggerMatch t = found.get(k);
      if (t.first() >= i || !t.isStatement()) {
        continue;
      }
      int complement = EventStage.complementStart(w, t.first());
      if (complement < 0 || complement >= i || QuotedSpeech.end(w, complement) <= i) {
        return null; // (the nearest speech verb before it does not say it)
      }
      String country = null;
      for (ActorMention m : arguments.find(w, groups, t.first(), t.last(), t.entry().verb(), false).sources()) {
        String c = m.actor().country();
        if (c == null || country != null && !country.equals(c)) {
          return null;
        }
        country = c;
      }
      return country;
    }
    return null;
  }
}
