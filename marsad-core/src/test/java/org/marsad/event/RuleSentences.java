package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.marsad.Marsad;
import org.marsad.doc.Event;

/**
 * The event rules alone (no learned filter) on sentences written for a test, shared by the rule tests
 * so the pipeline loads once.
 */
final class RuleSentences {
  private static final class Shared {
    static final Marsad RULES = Marsad.with(EventStage.load().withFilter(null), false);
  }

  /** The publication date of the judged 2018 news the rule tests are written after. */
  static final LocalDate NEWS_2018 = LocalDate.of(2018, 6, 1);

  private RuleSentences() {}

  /** The events of a sentence of 2018 news. */
  static List<Event> events(String text) {
    return events(text, NEWS_2018);
  }

  /** The first event of a sentence of 2018 news whose CAMEO code starts with the prefix. */
  static Event first(String text, String cameoPrefix) {
    return first(text, cameoPrefix, NEWS_2018);
  }

  static List<Event> events(String text, LocalDate date) {
    return Shared.RULES.analyze(text, date).events();
  }

  /** The first event whose CAMEO code starts with the prefix; fails the test, naming all events, if none. */
  static Event first(String text, String cameoPrefix, LocalDate date) {
    List<Event> all = events(text, date);
    List<Event> found = all.stream().filter(e -> e.cameo().startsWith(cameoPrefix)).toList();
    assertFalse(found.isEmpty(), "no " + cameoPrefix + " event in: " + text + " " + all);
    return found.get(0);
  }
}
