package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.ActorRef;
import org.marsad.doc.Document;
import org.marsad.doc.Entity;
import org.marsad.doc.Event;
import org.marsad.doc.Event.Mode;
import org.marsad.doc.Sentence;
import org.marsad.doc.Span;
import org.marsad.doc.TimeExpression;
import org.marsad.doc.Token;
import org.marsad.pipeline.Stage;

/**
 * Fills {@link Document#events()}: in each sentence, triggers from the event lexicon, their source and
 * target actors, the CAMEO code with its Goldstein score, QuadClass and PLOVER type, and the mode.
 * Needs the text, entity, link and time layers.
 *
 * <p>No fallbacks: a trigger with no actor the text ties to it yields nothing, and a cooperative or
 * statement event needs a source (only conflict events may have a target alone: "قتل 5 جنود").
 *
 * <p>An {@link EventFilter} (a learned judge of which protests and attacks took place) can be given;
 * none ships, since under cross-validation it cost more recall than it gained precision
 * (docs/EVALUATION.md), so {@link #load()} finds none and keeps every coded event.
 */
public final class EventStage implements Stage {
  /** How many words after a speech verb its complement may start ("قال الوزير في بيان أمس إن …"). */
  private static final int SPEECH_REACH = 12;
  private final TriggerFinder triggers;
  private final ActorFinder actors;
  private final ArgumentFinder arguments = new ArgumentFinder();
  private final ModeFinder modes = new ModeFinder();
  private final CameoCodes codes;
  private final EventFilter filter;

  public EventStage(TriggerLexicon lexicon, AgentLexicon agents, CameoCodes codes, EventFilter filter) {
    this(new TriggerFinder(lexicon), new ActorFinder(agents), codes, filter);
  }

  private EventStage(TriggerFinder triggers, ActorFinder actors, CameoCodes codes, EventFilter filter) {
    this.triggers = triggers;
    this.actors = actors;
    this.codes = codes;
    this.filter = filter;
  }

  /** The stage with the lexicons shipped in the jar (and the event filter, if one was shipped). */
  public static EventStage load() {
    return new EventStage(TriggerLexicon.load(), AgentLexicon.load(), CameoCodes.load(), EventFilter.load());
  }

  /** The same stage with another event filter, or none ({@code null}: every coded event is kept). */
  public EventStage withFilter(EventFilter other) {
    return new EventStage(triggers, actors, codes, other);
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Document apply(Document doc) {
    List<Event> events = new ArrayList<>();
    int entity = 0;
    int ref = 0;
    int time = 0;
    int[] mention = {0};
    List<Sentence> sentences = doc.sentences();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      int entityEnd = entity;
      while (entityEnd < doc.entities().size() && doc.entities().get(entityEnd).start() < sentence.end()) {
        entityEnd++;
      }
      int refEnd = ref;
      while (refEnd < doc.actors().size() && doc.actors().get(refEnd).start() < sentence.end()) {
        refEnd++;
      }
      int timeEnd = time;
      while (timeEnd < doc.times().size() && doc.times().get(timeEnd).start() < sentence.end()) {
        timeEnd++;
      }
      code(doc, s, doc.entities().subList(entity, entityEnd), doc.actors().subList(ref, refEnd),
          doc.times().subList(time, timeEnd), events, mention);
      entity = entityEnd;
      ref = refEnd;
      time = timeEnd;
    }
    if (filter != null) {
      Document coded = doc.withEvents(events);
      events.removeIf(e -> !filter.keeps(coded, e));
    }
    return doc.withEvents(EventMerger.merge(events));
  }

  private void code(Document doc, int s, List<Entity> entities, List<ActorRef> refs, List<TimeExpression> times,
      List<Event> out, int[] mention) {
    SentenceWords w = new SentenceWords(doc, doc.sentences().get(s));
    List<TriggerMatch> found = triggers.find(w);
    if (found.isEmpty()) {
      return;
    }
    List<ActorGroup> groups = actors.find(w, entities, refs);
    List<Arguments> args = new ArrayList<>(found.size());
    for (TriggerMatch t : found) {
      args.add(arguments.find(w, groups, t.first(), t.last(), t.entry().verb()));
    }
    // speech first: what a speaker says is reported content, and "نفى أن" negates it
    int reportedFrom = Integer.MAX_VALUE;
    boolean denial = false;
    Event.Actor speaker = null;
    for (int k = 0; k < found.size(); k++) {
      TriggerMatch t = found.get(k);
      int complement = t.isStatement() ? complementStart(w, t.last()) : -1;
      if (complement >= 0 && complement < reportedFrom) {
        reportedFrom = complement;
        speaker = firstSource(args.get(k));
      }
    }
    for (int i = 0; i < w.size() && i < reportedFrom; i++) {
      int complement = w.is(i, Clauses.DENIALS) ? complementStart(w, i) : -1;
      if (complement >= 0) {
        reportedFrom = complement;
        denial = true;
        speaker = firstSource(arguments.find(w, groups, i, i, true));
      }
    }
    for (int k = 0; k < found.size(); k++) {
      TriggerMatch t = found.get(k);
      if (isInsideActor(groups, t.first())) {
        continue; // "وزارة الدفاع": a name, not an event
      }
      var code = codes.get(t.entry().cameo());
      if (code.isEmpty()) {
        continue;
      }
      boolean reported = t.first() > reportedFrom;
      Mode mode = modes.find(w, t.first(), times, reported, reported && denial);
      emit(w, s, t, code.get(), args.get(k), mode, reported ? speaker : null, out, mention);
    }
  }

  private static Event.Actor firstSource(Arguments a) {
    return a.sources().isEmpty() ? null : a.sources().get(0).actor();
  }

  private void emit(SentenceWords w, int s, TriggerMatch t, CameoCode code, Arguments args, Mode mode,
      Event.Actor speaker, List<Event> out, int[] mention) {
    List<ActorMention> sources = args.sources();
    double evidence = args.evidence();
    boolean violent = code.root().compareTo("18") >= 0 || code.root().equals("14"); // protest, assault, fight, mass violence
    boolean protest = code.root().equals("14");
    if (violent && t.entry().verb() && w.is(t.first() - 1, BACKGROUND)) {
      return; // "بتهمة خطف أربعة سياح": the tagger's verb is the masdar of a charge or a date
    }
    if (violent && !t.entry().verb() && !happens(w, t.first(), protest)) {
      // "منذ اغتيال الحريري", "الهجوم العسكري الجوي إن فشل …": an attack named by a noun is one that took
      // place only when a verb says so ("أسفر الهجوم عن", "تعرضت لهجوم", "قتل في تفجير")
      return;
    }
    if (violent && !protest && t.entry().verb() && w.isImperfective(t.first())
        && (mode == Mode.ASSERTED || mode == Mode.REPORTED)) {
      // "كل الذين يقتلون العراقيين", "يقاتل الجنود المتشددين منذ شهور": a habit or a state, not one
      // attack that took place (the gold says no to all 8 such sentences of the tuning half)
      return;
    }
    if (sources.isEmpty() && t.entry().agent() != null && (t.entry().verb() || happens(w, t.first(), protest))) {
      Token tok = w.token(t.first());
      sources = List.of(new ActorMention(t.first(), t.first(), new Event.Actor(tok.stemStart(), tok.stemEnd(),
          w.doc.text().substring(tok.stemStart(), tok.stemEnd()), null, null, t.entry().agent())));
      evidence = 0.6;
    }
    boolean cooperative = code.root().compareTo("09") < 0;
    if (sources.isEmpty() && (cooperative || args.targets().isEmpty())) {
      return;
    }
    Token first = w.token(t.first());
    Span trigger = Span.of(w.doc.text(), first.start(), w.token(t.first()).end());
    String plover = t.entry().plover() != null ? t.entry().plover() : code.plover();
    double confidence = ("marsad".equals(t.entry().origin()) ? 0.85 : 0.6) * evidence;
    int id = mention[0]++;
    List<Event.Actor[]> pairs = new ArrayList<>();
    if (args.reciprocal()) {
      for (int i = 0; i < sources.size(); i++) {
        for (int j = i + 1; j < sources.size(); j++) {
          pairs.add(new Event.Actor[] {sources.get(i).actor(), sources.get(j).actor()});
        }
      }
    } else {
      for (ActorMention src : sources.isEmpty() ? nullList() : sources) {
        for (ActorMention tgt : args.targets().isEmpty() ? nullList() : args.targets()) {
          if (src != null && tgt != null && src.sameAs(tgt)) {
            continue;
          }
          pairs.add(new Event.Actor[] {src == null ? null : src.actor(), tgt == null ? null : tgt.actor()});
        }
      }
    }
    for (Event.Actor[] pair : pairs) {
      out.add(new Event(s, trigger, pair[0], pair[1], code.code(), code.base(), code.root(), code.quadClass(),
          code.goldstein(), plover, mode, speaker, round(confidence), id,
          List.of(new Event.Mention(s, trigger))));
    }
  }

  /** Verbs that say an event noun took place: "اندلعت مظاهرات", "خرجت مسيرة", "شهدت المدينة احتجاجات". */
  private static final java.util.Set<String> OCCURRENCE_VERBS = EventKeys.setOf("اندلع", "خرج", "انطلق", "جرى", "نظم",
      "شهد", "تواصل", "تصاعد", "عم", "اجتاح", "انفجر", "تجدد", "سار", "قاد", "شارك", "نزل", "تجمع", "احتشد",
      "وقع", "نفذ", "أسفر", "أدى", "استهدف", "ضرب", "هز", "تبنى", "أوقع", "تعرض", "شن", "قتل", "أصيب", "سقط",
      "قام", "نجا", "لقي", "دمر", "أودى");

  private static final String IN_PROTEST = EventKeys.of("احتجاجا");
  private static final String IN = EventKeys.of("في");
  /** Days that date an event noun right after it: "هجمات الأمس", "تفجيرات الثلاثاء". */
  private static final java.util.Set<String> DAYS = EventKeys.setOf("أمس", "الأمس", "امس", "الامس", "السبت", "الأحد",
      "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة");
  /** "تعرض X لـ…": X suffered the event noun behind ل, however long X is. */
  private static final java.util.Set<String> SUFFERED = EventKeys.setOf("تعرض", "تعرضت", "تعرضوا", "يتعرض", "تتعرض");

  /** Casualties said next to an attack noun mean the attack took place: "قتل أربعة في انفجار سيارة مفخخة". */
  private static final java.util.Set<String> CASUALTY_WORDS = EventKeys.setOf("مقتل", "إصابة", "اصابة", "مصرع",
      "قتلى", "جرحى", "قتيل", "جريح");
  /** Casualty verbs count only as verbs: "قتل" the noun is also killing in general ("تبرير القتل"). */
  private static final java.util.Set<String> CASUALTY_VERBS = EventKeys.setOf("قتل", "أصيب", "اصيب", "أصاب");
  /** A noun right after these is background, not the news: "منذ اغتيال الحريري", "غداة اعتداء". */
  private static final java.util.Set<String> BACKGROUND = EventKeys.setOf("منذ", "غداة", "عقب", "بعد", "قبل",
      // a case in court or under inquiry: "بتهمة خطف", "في قضية اغتيال", "التحقيق في مقتل", "ذكرى اغتيال"
      "تهمة", "قضية", "تحقيق", "ذكرى", "أعقاب", "اعقاب");

  /**
   * Whether an event noun is said to have happened: an occurrence verb stands within three words, or a
   * casualty word close by ("مقتل ثلاثة … في انفجار"). A
   * noun alone ("ضبط المظاهرات", "مسيرة المنتخب") names a kind of event, not one that took place, and
   * gets no implied agent.
   */
  private static boolean happens(SentenceWords w, int noun, boolean protest) {
    if (noun > 0 && (w.is(noun - 1, BACKGROUND) || (w.isKey(noun - 1, IN) && w.is(noun - 2, BACKGROUND)))) {
      return false; // "منذ اغتيال", "التحقيق في مقتل"
    }
    for (int j = Math.max(0, noun - 6); j <= noun + 4 && j < w.size(); j++) {
      if (j != noun && (w.is(j, CASUALTY_WORDS) || (w.isVerb(j) && w.is(j, CASUALTY_VERBS)))) {
        return true;
      }
    }
    if (!protest && isCount(w, noun + 1) && !w.token(noun).clitics().pre().contains("ال")) {
      return true; // "كما قتل أربعة أشخاص": a passive verb the tagger read as a noun, with its count
    }
    if (noun + 1 < w.size() && w.is(noun + 1, DAYS)) {
      return true; // "هجمات الأمس الانتحارية", "تفجير الثلاثاء": a dated attack is one that took place
    }
    if (w.hasProclitic(noun, "ل")) {
      for (int j = noun - 1; j >= 0 && j >= noun - 8 && !Clauses.isBoundary(w, j); j--) {
        if (w.is(j, SUFFERED)) {
          return true; // "تعرض قافلة عسكرية تضم جنودا بحلف الناتو لهجوم انتحاري"
        }
      }
    }
    if (w.bare[noun].equals(IN_PROTEST)) {
      return true; // "أضرب العرب احتجاجا على …": the accusative of purpose makes the act a protest
    }
    for (int j = Math.max(0, noun - 3); j <= noun + 3 && j < w.size(); j++) {
      // the tagger reads some verbs as nouns ("ونزل آلاف المتظاهرين … في مسيرات"); for protests the
      // lemma decides (on attacks it let nouns such as "وقع" through: more false alarms than finds)
      if (j != noun && (w.isVerb(j) || (protest && w.token(j).isWord()))
          && (OCCURRENCE_VERBS.contains(w.lemma[j]) || OCCURRENCE_VERBS.contains(EventKeys.verbStem(w.token(j))))) {
        return true;
      }
    }
    return false;
  }

  /** A number or number word ("5", "أربعة") at i, or after a time word or an "about" ("أكثر من"). */
  private static boolean isCount(SentenceWords w, int i) {
    for (int j = i; j < w.size() && j <= i + 2; j++) {
      if (w.isCount(j)) {
        return true;
      }
      if (!w.is(j, BEFORE_COUNT)) {
        return false;
      }
    }
    return false;
  }

  /** Words that may stand between a passive verb and its count: "قتل أمس سبعة", "قتل أكثر من 30". */
  private static final java.util.Set<String> BEFORE_COUNT = EventKeys.setOf("أمس", "امس", "اليوم", "أكثر", "اكثر", "من",
      "نحو", "حوالي", "زهاء");

  private static List<ActorMention> nullList() {
    List<ActorMention> list = new ArrayList<>(1);
    list.add(null);
    return list;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static boolean isInsideActor(List<ActorGroup> groups, int i) {
    for (ActorGroup g : groups) {
      for (ActorMention m : g.members()) {
        if (i >= m.first() && i <= m.last() && m.actor().code() != null && m.last() > m.first()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Where the complement of a speech word starts: after "أن"/"إن" or a colon within reach
   * ("قال إن", "أكدت أن", "للتأكيد على أن", "ذكرت فيها:"); -1 when the word has none.
   */
  private static int complementStart(SentenceWords w, int speech) {
    for (int i = speech + 1; i <= speech + SPEECH_REACH && i < w.size(); i++) {
      String text = w.token(i).text();
      if (w.isKey(i, "ان") || w.isKey(i, "انه") || w.isKey(i, "انها") || ":".equals(text)) {
        return i;
      }
      if (".".equals(text)) {
        return -1;
      }
    }
    return -1;
  }
}
