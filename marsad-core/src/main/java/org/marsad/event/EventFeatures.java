package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Document;
import org.marsad.doc.Event;
import org.marsad.doc.Sentence;
import org.marsad.doc.Token;

/**
 * Features of a coded event in its sentence, for {@link EventFilter}: what the trigger is, who the coder
 * found as its actors, the mode, and the words around the trigger. The words around are what tells a
 * protest that took place ("احتشد مئات المتظاهرين أمام …") from one that is only named ("ضبط
 * المظاهرات", "لن يسقط مبارك بسبب المظاهرات").
 */
public final class EventFeatures {
  private static final int WINDOW = 4;

  private EventFeatures() {}

  public static List<String> of(Document doc, Event e) {
    Sentence sentence = doc.sentences().get(e.sentence());
    List<Token> tokens = doc.tokensOf(sentence);
    int t = SentenceWords.indexAt(tokens, e.trigger().start()); // a trigger starts at a token
    List<String> f = new ArrayList<>(40);
    String type = e.plover() == null ? "-" : e.plover();
    Token trig = tokens.get(t);
    String key = trig.isWord() ? EventKeys.lemma(trig) : trig.norm();
    add(f, type, "trig=" + key);
    add(f, type, "cameo=" + e.cameo());
    add(f, type, "root=" + e.root());
    add(f, type, "mode=" + e.mode().label());
    add(f, type, "pos=" + trig.pos());
    add(f, type, "pre=" + String.join("+", trig.clitics().pre()));
    add(f, type, "def=" + org.marsad.text.SearchKeys.stem(trig).startsWith("ال"));
    add(f, type, "src=" + actorKind(e.source(), e));
    add(f, type, "tgt=" + actorKind(e.target(), e));
    // (a coded speaker: who tells it matters to whether it happened, a phrase like "مصادر" less so)
    add(f, type, "speaker=" + (e.speaker() != null && (e.speaker().code() != null || e.speaker().id() != null)));
    for (int j = Math.max(0, t - WINDOW); j <= Math.min(tokens.size() - 1, t + WINDOW); j++) {
      if (j == t) {
        continue;
      }
      Token w = tokens.get(j);
      String word = w.isWord() ? EventKeys.lemma(w) : w.kind() == org.marsad.doc.TokenKind.NUMBER ? "#NUM" : w.text();
      add(f, type, (j < t ? "L=" : "R=") + word);
      if (Math.abs(j - t) == 1) {
        add(f, type, (j < t ? "L1=" : "R1=") + word);
        add(f, type, (j < t ? "L1pos=" : "R1pos=") + w.pos());
      }
    }
    boolean number = false;
    for (Token w : tokens) {
      number |= w.kind() == org.marsad.doc.TokenKind.NUMBER || w.number() != null;
    }
    add(f, type, "number=" + number);
    add(f, type, "len=" + Math.min(6, tokens.size() / 10));
    return f;
  }

  private static void add(List<String> f, String type, String feature) {
    f.add(feature);
    f.add(type + '|' + feature);
  }

  private static String actorKind(Event.Actor a, Event e) {
    if (a == null) {
      return "none";
    }
    if (a.start() == e.trigger().start()) {
      return "implied:" + a.code();
    }
    String role = a.role();
    return (a.country() != null ? "C" : "") + (role != null ? role : a.code() != null && a.country() == null ? a.code() : "");
  }
}
