package org.marsad.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marsad.doc.Event;

/**
 * Counts an event once however often the article reports it: events with the same source, target, code
 * and mode become one, the first report first and the repeats in {@link Event#mentions()}.
 */
final class EventMerger {
  private EventMerger() {}

  static List<Event> merge(List<Event> events) {
    Map<String, Event> byKey = new LinkedHashMap<>();
    for (Event e : events) {
      String key = identity(e.source()) + '|' + identity(e.target()) + '|' + e.cameo() + '|' + e.mode();
      Event first = byKey.get(key);
      if (first == null) {
        byKey.put(key, e);
      } else if (!first.mentions().contains(e.mentions().get(0))) {
        byKey.put(key, first.withMention(e.mentions().get(0)));
      }
    }
    return new ArrayList<>(byKey.values());
  }

  private static String identity(Event.Actor a) {
    if (a == null) {
      return "-";
    }
    if (a.id() == null && a.country() == null && a.code() == null) {
      return "?" + a.text(); // a person the coder cannot place is known only by name: "هوغو" is not "مارتينيز"
    }
    return Objects.toString(a.id(), "") + '/' + Objects.toString(a.country(), "") + '/' + Objects.toString(a.code(), "");
  }
}
