package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Event;
import org.marsad.doc.Span;

/** One event however often it is reported; two people the coder cannot place are still two speakers. */
class EventMergerTest {
  private static Event statement(int sentence, Event.Actor source) {
    Span trigger = new Span(sentence * 10, sentence * 10 + 3, "قال");
    return new Event(sentence, trigger, source, null, "010", "010", "01", 1, 0.0, "STATEMENT",
        Event.Mode.ASSERTED, null, 0.85, sentence, List.of(new Event.Mention(sentence, trigger)));
  }

  private static Event.Actor person(String name) {
    return new Event.Actor(0, name.length(), name, null, null, null);
  }

  @Test
  void theSameCodedPartyRepeatingAStatementIsOneEvent() {
    Event.Actor egypt = new Event.Actor(0, 3, "مصر", "EGY", "EGY", "EGY");
    List<Event> merged = EventMerger.merge(List.of(statement(0, egypt), statement(1, egypt)));
    assertEquals(1, merged.size());
    assertEquals(2, merged.get(0).mentions().size());
  }

  @Test
  void twoUncodedPeopleAreTwoSpeakers() {
    List<Event> merged = EventMerger.merge(List.of(statement(0, person("هوغو")), statement(1, person("مارتينيز")),
        statement(2, person("هوغو"))));
    assertEquals(2, merged.size(), "Hugo twice is one event, Martinez another: " + merged);
  }
}
