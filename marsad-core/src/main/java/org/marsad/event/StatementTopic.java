package org.marsad.event;

import java.util.List;
import org.marsad.doc.Event;

/**
 * What a statement is about, as its target when no one is addressed: the first actor of what is said
 * ("قال ترامب إن إيران ستواجه مشكلات" → USAGOV 010 IRN), as GDELT codes a statement's second actor. Not the
 * speaker's own side ("قال الجيش إن قواته …"), nor a place behind a preposition ("في سوريا"), nor a nisba,
 * nor a role or name of no known country.
 */
final class StatementTopic {
  private StatementTopic() {}

  /**
   * Whether the nisba group qualifies the first noun of what is said: "أن التموضع الإيراني", "إن الضربات
   * الإسرائيلية", the noun right after the complement word and the nisba right after it, both definite.
   */
  private static boolean ownsTheSubject(SentenceWords w, int complement, ActorGroup g) {
    int noun = complement + 1;
    return g.first() == noun + 1 && g.members().size() == 1 && g.members().get(0).actor().country() != null
        && (ActorPositions.isNoun(w, noun) || w.token(noun).pos() == null) && w.isDefinite(noun) && w.isDefinite(g.first())
        && w.token(noun).clitics().pre().isEmpty() && !w.is(noun, NO_ACT);
  }

  /** Nouns whose nisba says only where they are from, no act of that country: "الدستور الفرنسي", "الكاتب الأمريكي". */
  private static final java.util.Set<String> NO_ACT = EventKeys.setOf("دستور", "قانون", "قوانين", "كاتب", "صحافي",
      "صحفي", "لاعب", "فريق", "منتخب", "أدب", "شعب", "مواطن");

  /** The arguments with the topic of the statement at {@code t} as target, or unchanged when it has none. */
  static Arguments withTopic(SentenceWords w, List<ActorGroup> groups, TriggerMatch t, Arguments a) {
    int complement = EventStage.complementStart(w, t.first());
    if (complement < 0) {
      complement = announced(w, groups, t.first(), a); // "أعلن التحالف عن مقتل المئات من مسلحي الحوثيين"
    }
    ActorGroup partner = jointPartner(w, groups, t.first(), complement < 0 ? w.size() : complement);
    if (complement < 0) {
      return partner == null ? a : new Arguments(a.sources(), partner.members(), false, a.evidence());
    }
    ActorGroup people = null; // the first people of no country, when no country's actor is named
    ActorGroup object = null; // the first country's actor behind a preposition that does not say where
    ActorGroup place = null; // else the first country (not a town) named as where
    ActorGroup own = null; // else, when the press speaks, the first body or person of its own country
    // (not past another matter or speaker: "…، في حين أكد متحدث باسم حركة الشباب"; but a quotation's
    // topic may follow it: "…"، في إشارة إلى مطالب أنقرة")
    int said = QuotedSpeech.narratorTurns(w, complement);
    for (ActorGroup g : groups) {
      if (g.first() <= complement) {
        continue;
      }
      if (g.first() >= said) {
        break;
      }
      if (ObjectFinder.attributed(w, g)) {
        break; // "…، وفق ما ذكرت وكالة رويترز": who told it, no topic
      }
      ActorMention first = g.members().get(0);
      if (OwnCountry.isMention(w, first)) {
        continue; // "وأضاف أن بلاده": the speaker's own country, what he says is about another
      }
      if (first.attributive() && ownsTheSubject(w, complement, g) && !speakersOwn(a, g)) {
        // "أوضح نتنياهو أن التموضع الإيراني في سوريا …": the nisba of what is said's first noun, whose act
        // or presence the statement is about
        return new Arguments(a.sources(), g.members(), false, a.evidence());
      }
      if (first.attributive() || cityIn(w, g)) {
        continue;
      }
      if (speakersOwn(a, g)) {
        // the press tells of its own country's state when it names no one else: "ذكرت صحيفة واشنطن بوست أن
        // ترامب قرر" (a body or a person of a role, not the outlet again); anyone else tells of another person
        // or body of his own side: "قال جيمس كلابر إن الرئيس الأمريكي، دونالد ترامب يطبق"
        boolean told = press(a) ? first.actor().code() != null && first.actor().code().length() > 3
            : g.first() - complement <= OWN_REACH && subjectOfWhatIsSaid(w, complement, g.first())
                && anotherOfOwnSide(a, first);
        if (own == null && told && !ActorPositions.behindPreposition(w, g.first())
            && g.members().stream().noneMatch(m -> a.sources().get(0).sameAs(m))) {
          own = g;
        }
        continue;
      }
      if (ActorPositions.behindPreposition(w, g.first())) {
        if (object == null && first.actor().country() != null && !locative(w, g.first())) {
          object = g; // "الاتفاق النووي المبرم مع إيران", "توقعاتنا من قيرغيزستان"
        }
        if (place == null && country(first)) {
          place = g; // "جميع الموانئ والمطارات في اليمن مفتوحة": the one country it tells of
        }
        continue;
      }
      String code = first.actor().code();
      boolean international = code != null && (code.startsWith("IGO") || code.startsWith("IMG"));
      if (first.actor().country() == null && !international) {
        // (an institution of no country, "الإدارة", "قوات", says too little to be what it is about; but
        // the attackers or the people arrested a statement tells of are: "قالت الشرطة إن المعتدين …")
        if (people == null && g.first() - complement <= PEOPLE_REACH && first.actor().code() != null
            && PEOPLE.contains(first.actor().code())) {
          people = g;
        }
        continue;
      }
      return new Arguments(a.sources(), g.members(), false, a.evidence());
    }
    ActorGroup topic = people != null ? people : object != null ? object : place != null ? place
        : own != null ? own : partner;
    return topic == null ? a : new Arguments(a.sources(), topic.members(), false, a.evidence());
  }

  /** Verbs that announce or report what follows "عن" or ب: "أعلن عن مقتل", "أفاد بمقتل". */
  private static final java.util.Set<String> ANNOUNCING = EventKeys.setOf("أعلن", "اعلن", "أعلنت", "اعلنت", "أفاد",
      "افاد", "أفادت", "افادت", "كشف", "كشفت", "أشار", "اشار", "أشارت", "اشارت", "أشارا");
  /** The preposition that opens the matter: "أعلن عن", "أشار إلى" (not "على", often the channel: "على تويتر"). */
  private static final java.util.Set<String> MATTER = EventKeys.setOf("عن", "إلى", "الى");

  /**
   * Where the matter an announcement tells of begins, "عن" or a masdar with ب right after the speaker
   * ("أعلن التحالف العربي … عن مقتل", "أفاد المتحدث العسكري، الثلاثاء، بمقتل 450 إرهابيا"), or -1.
   */
  private static int announced(SentenceWords w, List<ActorGroup> groups, int trigger, Arguments a) {
    if (!w.is(trigger, ANNOUNCING) || a.sources().isEmpty()) {
      return -1;
    }
    int from = Math.max(trigger, a.sources().get(a.sources().size() - 1).last()) + 1;
    for (int i = from; i < w.size() && i <= from + 8; i++) {
      if (w.is(i, MATTER) && w.token(i).clitics().post().isEmpty()
          || w.hasProclitic(i, "ب") && !ActorPositions.startsGroup(groups, i)) {
        return i - 1;
      }
      if (Clauses.isFullStop(w, i) || w.isVerb(i)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The one the speaker shares a platform with, "في مؤتمر صحفي مشترك مع نظيره التركي" (no addressee, so
   * what is said names the topic first; the partner only when it names none).
   */
  private static ActorGroup jointPartner(SentenceWords w, List<ActorGroup> groups, int trigger, int end) {
    for (ActorGroup g : groups) {
      if (g.first() > trigger && g.first() < end && ObjectFinder.jointPartner(w, g)) {
        return g;
      }
    }
    return null;
  }

  /**
   * Whether the statement's one target is the outlet it was told to, behind ل before what is said: "قال
   * المرصد السوري لحقوق الإنسان لرويترز إن", "قال مسؤول لوكالة فرانس برس إن". The outlet carries the
   * words; the target is what they are about.
   */
  static boolean toldToPress(SentenceWords w, TriggerMatch t, Arguments a) {
    if (a.targets().size() != 1 || a.sources().isEmpty()) {
      return false;
    }
    ActorMention outlet = a.targets().get(0);
    String code = outlet.actor().code();
    int complement = EventStage.complementStart(w, t.first());
    // (or the one it was said to in an interview: "وأكد الحبهي في لقاء مع سكاي نيوز عربية أن")
    boolean toldTo = w.hasProclitic(outlet.first(), "ل") || w.isKey(outlet.first() - 1, "مع");
    return code != null && code.endsWith("MED") && outlet.first() > t.last() && toldTo && complement > outlet.last();
  }

  /**
   * Whether the words from the complement to i hold no verb after their last "أن": i stands where what is
   * said has its subject ("إن الرئيس الأمريكي، دونالد ترامب يطبق", ": أعتقد أن بوريس جونسون"), not its object
   * ("إنهم حاولوا مهاجمة الجيش الإسرائيلي").
   */
  private static boolean subjectOfWhatIsSaid(SentenceWords w, int complement, int i) {
    boolean verb = false;
    for (int k = complement + 1; k < i; k++) {
      if (Clauses.isThat(w, k)) {
        verb = false;
      } else {
        verb |= w.isVerb(k);
      }
    }
    return !verb;
  }

  /**
   * Whether the mention is a person the base names, or a body of another role than every speaker's, of the
   * speaker's country: not the country, its capital or a town (the speaker's own state again).
   */
  private static boolean anotherOfOwnSide(Arguments a, ActorMention m) {
    if (m.isCountry() || m.isPlace() || m.actor().role() == null
        || m.actor().id() == null && m.actor().code().equals(m.actor().country() + "GOV")) {
      return false; // (nor a capital, "بوينس أيرس", or a government unnamed)
    }
    if (m.actor().id() != null && m.actor().id().startsWith("person:")) {
      return true;
    }
    return a.sources().stream().noneMatch(s -> m.actor().role().equals(s.actor().role()));
  }

  private static boolean press(Arguments a) {
    return a.sources().get(0).isMedia();
  }

  /** A country itself, by its name ("اليمن"), not a town or a capital standing for its government. */
  private static boolean country(ActorMention m) {
    Event.Actor a = m.actor();
    return a.country() != null && a.country().equals(a.id()) && a.country().equals(a.code());
  }

  /** Prepositions that say where, or by what means, not with or against whom: "في سوريا", "بأنقرة". */
  private static final java.util.Set<String> WHERE = EventKeys.setOf("في", "داخل", "خارج", "قرب", "أمام", "عبر",
      "بين");

  private static boolean locative(SentenceWords w, int i) {
    return w.hasProclitic(i, "ب") || w.hasProclitic(i, "ك") || i > 0 && w.is(i - 1, WHERE)
        || i > 0 && Clauses.COMPASS.contains(w.bare[i - 1]);
  }

  /** People a statement may be about though no country is named: attackers, gunmen, the arrested, civilians. */
  private static final java.util.Set<String> PEOPLE = java.util.Set.of("UAF", "CVL", "REF", "CRM", "RAD", "REB",
      "IMG", "MED");
  /** How far into what is said such people may stand (they open it: "إن المعتدين اقتربوا"). */
  private static final int PEOPLE_REACH = 4;
  /**
   * How far into what is said another of the speaker's side may stand: its subject, with a title ("إن الرئيس
   * الأمريكي، دونالد ترامب"), not someone named later in a clause of its own ("…، بيد أن شبكة سي أن أن").
   */
  private static final int OWN_REACH = 6;

  /** Words of going somewhere: "إنه سيتوجه إلى الرياض" names where he goes, not what he speaks of. */
  private static final java.util.Set<String> GOING = EventKeys.setOf("توجه", "يتوجه", "سيتوجه", "وصل", "يصل",
      "سيصل", "سافر", "يسافر", "عاد", "يعود", "انتقل", "ينتقل", "قدم", "يقدم");
  /** Places a city names in construct: "مطار عدن", "ميناء الحديدة". */
  private static final java.util.Set<String> CITY_PLACES = EventKeys.setOf("مطار", "ميناء", "مدينة", "محافظة",
      "شوارع", "سوق");
  private static final java.util.Set<String> IN = EventKeys.setOf("في");
  private static final java.util.Set<String> TO = EventKeys.setOf("إلى", "الى");

  /**
   * "في مؤتمر صحفي بأنقرة", "اجتمع في القاهرة", "سيتوجه إلى الرياض", "مطار عدن": a capital behind ب or في,
   * after a verb of going, or in construct with a place says where, not what the statement is about.
   */
  static boolean cityIn(SentenceWords w, ActorGroup g) {
    Event.Actor a = g.members().get(0).actor();
    int before = g.first() - 1;
    boolean ba = w.hasProclitic(g.first(), "ب") || w.token(g.first()).text().startsWith("ب")
        && a.start() > w.token(g.first()).start(); // (the segmenter may leave ب on a name: "بأنقرة")
    boolean where = ba || w.token(g.first()).clitics().pre().isEmpty() && (w.is(before, IN)
        || w.is(before, TO) && w.is(before - 1, GOING)
        || w.is(before, CITY_PLACES) && w.token(before).clitics().post().isEmpty());
    return where && capitalAlone(g);
  }

  /** Whether the group is a capital or town behind "من", where the speaker spoke from: "في حوار هاتفي من عدن". */
  static boolean spokenFrom(SentenceWords w, ActorGroup g) {
    return w.isKey(g.first() - 1, "من") && w.token(g.first()).clitics().pre().isEmpty() && capitalAlone(g);
  }

  /** Whether the group is one word naming a capital or town, which stands for its state's government. */
  private static boolean capitalAlone(ActorGroup g) {
    Event.Actor a = g.members().get(0).actor();
    return g.members().size() == 1 && g.first() == g.last() && a.id() == null && a.country() != null
        && (a.country() + "GOV").equals(a.code());
  }

  /** Roles outside a state, a statement by that state is about: "قال الحريري إن أي صوت … لصالح حزب الله". */
  private static final java.util.Set<String> NON_STATE = java.util.Set.of("REB", "OPP", "PTY", "IMG", "RAD", "CRM");

  /** Whether one of two actors of a country is of the state and the other a party or an armed group against it. */
  private static boolean opposed(Event.Actor speaker, Event.Actor other) {
    String s = speaker.code() == null ? "" : speaker.code();
    String o = other.code() == null ? "" : other.code();
    return s.length() > 3 && o.length() > 3 && NON_STATE.contains(s.substring(3, 6)) != NON_STATE.contains(o.substring(3, 6));
  }

  /** Whether the group is the speaker again, or of the speaker's country ("قال الجيش المصري إن القوات المصرية"). */
  private static boolean speakersOwn(Arguments a, ActorGroup g) {
    for (ActorMention s : a.sources()) {
      for (ActorMention m : g.members()) {
        String sc = s.actor().country();
        if (s.sameAs(m) || (sc != null && sc.equals(m.actor().country()) && !opposed(s.actor(), m.actor()))) {
          return true;
        }
      }
    }
    return false;
  }
}
