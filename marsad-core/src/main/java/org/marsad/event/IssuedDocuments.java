package org.marsad.event;

import java.util.List;

/**
 * A verb that tells what a resolution or a statement does: "مشروع قرار أمام مجلس الأمن الدولي، يدين إيران",
 * "بيان رئاسي لمجلس الأمن يدين جرائم الحوثيين", "مشروع قرار كويتي يدعو" (seed 246). The document is the
 * verb's subject, so the actor after the verb is what it condemns or calls on, and the actor before is no
 * subject; whoever issues the document is the source when the sentence names them: in its phrase (behind ل,
 * after "من قبل", as its nisba, in a relative clause "قدمته الكويت") or as the subject of the verb that issued
 * it ("وأصدر مجلس الأمن الدولي قرارا يدعو").
 */
final class IssuedDocuments {
  private IssuedDocuments() {}

  /** Resolutions, drafts, statements and declarations: the masculine nouns an imperfective "ي" may agree with. */
  private static final java.util.Set<String> DOCUMENTS = EventKeys.setOf("قرار", "مشروع", "بيان", "إعلان",
      "اعلان");
  /** What a resolution or a statement does: condemns, calls on, demands, urges, rejects, accuses, warns. */
  private static final java.util.Set<String> DOCUMENT_ACTS = EventKeys.setOf("أدان", "ندد", "دعا", "طالب", "حث",
      "شجب", "رفض", "اتهم", "انتقد", "أكد", "حذر", "فرض", "استنكر", "أعرب", "رحب", "طلب", "أشاد");
  /** How many words the document's phrase may run before the verb: "مشروع قرار بريطاني أميركي فرنسي". */
  private static final int REACH = 7;
  /** Verbs of issuing or tabling a document: "أصدر مجلس الأمن قرارا", "مشروع قرار قدمته الكويت". */
  private static final java.util.Set<String> ISSUING = EventKeys.setOf("أصدر", "اصدر", "قدم", "أعد", "اعد", "طرح",
      "وزع", "صاغ", "اقترح", "تبنى", "أقر", "اقر", "اعتمد");
  /** How far before the document the verb that issues it may stand: "وأصدر مجلس الأمن الدولي قرارا". */
  private static final int ISSUING_REACH = 8;
  /** Words that open another clause between the document and the verb: what is said is someone's own words. */
  private static final java.util.Set<String> BREAKS = EventKeys.setOf("أن", "إن", "ان", "قال", "إنه", "أنه");

  /**
   * Where the document the verb at {@code verb} describes stands, or -1: its phrase runs up to the verb
   * with no verb, complementizer or quotation between.
   */
  static int before(SentenceWords w, List<ActorGroup> groups, int verb) {
    // (not a verb with its object pronoun, whose subject follows: "برنامج … يدعمه صندوق النقد الدولي")
    if (!w.imperfectiveShape(verb) || !w.bare[verb].startsWith("ي") || !w.token(verb).clitics().isEmpty()
        || !documentAct(w, verb)) {
      return -1;
    }
    for (int i = verb - 1; i >= 0 && i >= verb - REACH; i--) {
      String text = w.token(i).text();
      boolean named = ActorPositions.inGroup(groups, i); // (the tagger reads "الأمن" as a verb)
      // (a relative clause of who tabled it may stand between: "مشروع قرار قدمته الكويت، الجمعة، يدعو")
      boolean tabledBy = tabled(w, i);
      if (w.isVerb(i) && !named && !tabledBy || w.is(i, BREAKS) || ":".equals(text) || ".".equals(text)
          || ActorPositions.QUOTES.contains(text)) {
        return -1;
      }
      if (w.is(i, DOCUMENTS) && (w.token(i).clitics().pre().isEmpty() || w.hasProclitic(i, "ب")
          || w.hasProclitic(i, "و")) && w.token(i).clitics().post().isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean documentAct(SentenceWords w, int verb) {
    return w.is(verb, DOCUMENT_ACTS) || DOCUMENT_ACTS.contains(EventKeys.verbStem(w.token(verb)));
  }

  /**
   * Who issues the document at {@code document}: as its phrase up to the verb names them ("بيان لمجلس الأمن",
   * "قرار كويتي", "قدمته الكويت"), else the subject of the verb that issues it ("وأصدر مجلس الأمن الدولي
   * قرارا يدعو", "أعدت بريطانيا … مشروع قرار"); null when none is named.
   */
  static ActorGroup issuer(SentenceWords w, List<ActorGroup> groups, int document, int verb) {
    for (ActorGroup g : groups) {
      if (g.first() <= document || g.last() >= verb) {
        continue;
      }
      boolean owner = w.hasProclitic(g.first(), "ل") || ActorPositions.attributive(g)
          || g.first() >= 2 && AgentPhrase.byAgent(w, groups, g.first() - 2, false) == g.first()
          || tabled(w, g.first() - 1);
      if (owner) {
        return g;
      }
    }
    for (int i = document - 1; i >= 0 && i >= document - ISSUING_REACH; i--) {
      if (issuing(w, i) && w.token(i).clitics().post().isEmpty()) {
        ActorGroup after = ActorGroup.startingAt(groups, i + 1);
        if (after != null && after.last() < document && !ActorPositions.attributive(after)) {
          return after; // "وأصدر مجلس الأمن الدولي قرارا"
        }
        ActorGroup before = ActorGroup.endingAt(groups, i - 1);
        return before != null && !ActorPositions.attributive(before) ? before : null; // "الكويت قدمت مشروع قرار"
      }
      if (w.isVerb(i) && !ActorPositions.inGroup(groups, i)) {
        return null;
      }
    }
    return null;
  }

  /** "قدمته", "أعدته": a verb of tabling with its pronoun back to the document (the tagger may read a noun). */
  private static boolean tabled(SentenceWords w, int i) {
    return w.isWithPronoun(i, ISSUING);
  }

  private static boolean issuing(SentenceWords w, int i) {
    return w.isVerb(i) && (w.is(i, ISSUING) || ISSUING.contains(EventKeys.verbStem(w.token(i))));
  }
}
