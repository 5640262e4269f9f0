package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Event;

/**
 * A statement's target that is only the rest of its speaker's own phrase: his name after his title ("قال
 * مفتش الشرطة محمد فوزي هارون"), his title after his name ("وقال بيار كوشار القنصل العام الفرنسي"), the body
 * his post belongs to behind ب ("المتحدث الإعلامي بالإدارة العامة للدفاع المدني", seed 213) or, after a post
 * or a body, behind ل ("رئيس الأكاديمية السعودية للطيران المدني", "المكتب الإعلامي لرئيس الوزراء"). Word
 * order had read the words right after the speaker as the one spoken to. A person speaking to someone behind
 * ل keeps him ("قال أردوغان لنواب البرلمان"), and so do verbs that take whom they address as their object
 * ("ذكّرت أنقرة هولندا", "حذر الوزير طهران").
 */
final class SpeakersOwnWords {
  private SpeakersOwnWords() {}

  /** Speech verbs whose object is the one addressed: reminded, warned, informed, told, urged, called on. */
  private static final java.util.Set<String> ADDRESSING = EventKeys.setOf("ذكر", "حذر", "أبلغ", "ابلغ", "أخبر",
      "اخبر", "طمأن", "خاطب", "ناشد", "دعا", "طالب", "حث", "هنأ", "عزى");

  /**
   * The statement's arguments without targets that continue a source's phrase; a source of no country (or
   * of no code, or a civilian by his title "المهندس") takes the code of its continuation: "مدير عام الهيئة
   * العامة للطيران المدني الإماراتي" (AREGOV), "إسماعيل رضوان القيادي في حماس" (PSEREB). Unchanged when no
   * target continues a source.
   */
  static Arguments without(SentenceWords w, TriggerMatch t, Arguments a) {
    if (a.targets().isEmpty() || a.sources().isEmpty()) {
      return a;
    }
    List<ActorMention> sources = new ArrayList<>(a.sources());
    List<ActorMention> kept = new ArrayList<>();
    for (ActorMention target : a.targets()) {
      int owner = continued(w, t, sources, target);
      if (owner < 0) {
        kept.add(target);
      } else if (vaguer(sources.get(owner), target)) {
        ActorMention source = sources.get(owner);
        Event.Actor known = target.actor();
        // (a nisba gives a body its country, not its role: "لجنة برلمانية بريطانية" GBR + GOV)
        boolean nisba = known.code().equals(known.country()) && source.actor().code() != null
            && !source.actor().code().endsWith("CVL");
        String code = nisba ? known.country() + source.actor().code() : known.code();
        sources.set(owner, source.coded(source.actor().id(), known.country(), code));
      }
    }
    return kept.size() == a.targets().size() ? a : new Arguments(sources, kept, a.reciprocal(), a.evidence());
  }

  /** Whether the speaker's code says less than that of the rest of his phrase. */
  private static boolean vaguer(ActorMention source, ActorMention rest) {
    Event.Actor s = source.actor();
    Event.Actor r = rest.actor();
    if (r.code() == null || r.code().endsWith("CVL")) {
      return false;
    }
    return s.code() == null || s.country() == null && r.country() != null || s.code().endsWith("CVL");
  }

  /** The index of the source whose phrase the target continues, or -1. */
  private static int continued(SentenceWords w, TriggerMatch t, List<ActorMention> sources, ActorMention target) {
    for (int k = 0; k < sources.size(); k++) {
      if (continuesSource(w, t, sources.get(k), target)) {
        return k;
      }
    }
    return -1;
  }

  private static boolean continuesSource(SentenceWords w, TriggerMatch t, ActorMention source, ActorMention target) {
    if (source.last() < t.last() || target.first() <= source.last()) {
      return false; // (only a speaker after his verb: "أنقرة" of "ذكّرت أنقرة هولندا" is both)
    }
    if (w.hasProclitic(target.first(), "ب") && postBetween(w, source.last() + 1, target.first())) {
      return true; // "عبدالفتاح عبدالغني عميد كلية أصول الدين بجامعة الأزهر": the body of his post (seed 246)
    }
    if (!adjectivesBetween(w, source.last() + 1, target.first())) {
      return false;
    }
    if (w.hasProclitic(target.first(), "ب")) {
      return true; // "دبلوماسيون بالأمم المتحدة", "القاضية الأسترالية بليندا وولنغتون"
    }
    if (w.hasProclitic(target.first(), "ل")) {
      // (a person speaks to whom follows: "قال جاويد للبرلمان"; and anyone but a reporter to the press:
      // "وقال وزير النقل يوليوس باراتا لرويترز", seed 256 had him Reuters')
      return !person(source) && !(target.isMedia() && !source.isMedia());
    }
    return w.token(target.first()).clitics().pre().isEmpty() && !w.is(t.first(), ADDRESSING);
  }

  /** How many adjectives may stand between the speaker and the rest of his phrase: "بالإدارة العامة للدفاع". */
  private static final int ADJECTIVES = 2;

  /** Whether the words from {@code from} to before {@code to} are a few adjectives with no clitic before them. */
  private static boolean adjectivesBetween(SentenceWords w, int from, int to) {
    if (to - from > ADJECTIVES) {
      return false;
    }
    for (int i = from; i < to; i++) {
      // (the tagger reads some as nouns: "بالإدارة العامة للدفاع المدني")
      if (!("ADJ".equals(w.token(i).pos()) || w.isDefinite(i)) || !w.token(i).clitics().pre().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** How many words a post between a speaker's name and the body behind ب may take: "عميد كلية أصول الدين". */
  private static final int POST_WORDS = 5;

  /** Whether the words from {@code from} to before {@code to} are a post: a title and its words, no clitic. */
  private static boolean postBetween(SentenceWords w, int from, int to) {
    if (to - from > POST_WORDS || to == from || !w.is(from, ActorFinder.PERSON_TITLES)) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!w.token(i).isWord() || !w.token(i).clitics().pre().isEmpty() || w.isVerb(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the source is a person: a known one, or a name of no code. */
  private static boolean person(ActorMention m) {
    String id = m.actor().id();
    return id != null && id.startsWith("person:") || id == null && m.actor().code() == null;
  }
}
