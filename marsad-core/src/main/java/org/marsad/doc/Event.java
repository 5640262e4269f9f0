package org.marsad.doc;

import java.util.List;
import java.util.Objects;

/**
 * A coded event: who did what to whom, in CAMEO and PLOVER terms (filled by the event stage).
 *
 * <p>One trigger with a compound actor ("السعودية وقطر تساندان …") yields one event per actor pair;
 * those events share {@code mention}. The same event reported again later in the document (same
 * source, target, code and mode) is kept once: its other reports are in {@code mentions}.
 *
 * @param sentence index into {@link Document#sentences()} of the first report
 * @param trigger the verb or event noun that was coded
 * @param source who acted, or {@code null} when the text does not say
 * @param target to whom, or {@code null}
 * @param cameo full CAMEO event code ("0211")
 * @param base CAMEO base code, the first three digits ("021")
 * @param root CAMEO root code, the first two digits ("02")
 * @param quadClass GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *     4 material conflict
 * @param goldstein Goldstein score of the code, −10 … +10
 * @param plover PLOVER event type (REQUEST, AGREE, …)
 * @param mode how the text presents the event
 * @param speaker for mode {@link Mode#REPORTED}: who said it, when the text names them
 * @param confidence 0 … 1, how sure the coder is of the source, target and code together
 * @param mention number of the trigger occurrence (per document) this event came from
 * @param mentions every report of this event: the first one and the repeats
 */
public record Event(
    int sentence,
    Span trigger,
    Actor source,
    Actor target,
    String cameo,
    String base,
    String root,
    int quadClass,
    double goldstein,
    String plover,
    Mode mode,
    Actor speaker,
    double confidence,
    int mention,
    List<Mention> mentions) {

  public Event {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(mode, "mode");
    mentions = List.copyOf(mentions);
  }

  /** The same event with another target (one the document named elsewhere). */
  public Event withTarget(Actor other) {
    return new Event(sentence, trigger, source, other, cameo, base, root, quadClass, goldstein, plover, mode,
        speaker, confidence, mention, mentions);
  }

  /** The same event between other sides (those the document named for it before). */
  public Event withSides(Actor otherSource, Actor otherTarget) {
    return new Event(sentence, trigger, otherSource, otherTarget, cameo, base, root, quadClass, goldstein, plover,
        mode, speaker, confidence, mention, mentions);
  }

  /** The same event with one more report of it. */
  public Event withMention(Mention more) {
    List<Mention> all = new java.util.ArrayList<>(mentions);
    all.add(more);
    return new Event(sentence, trigger, source, target, cameo, base, root, quadClass, goldstein, plover,
        mode, speaker, confidence, mention, all);
  }

  /**
   * An actor of an event: the text that names it and its coded identity.
   *
   * @param id knowledge-base id when the actor is a linked entity, else {@code null}
   * @param country ISO 3166 alpha-3 code, or {@code null} for actors with no country ("المتظاهرون")
   * @param code CAMEO actor code: country plus role ("RUSGOV"), a role alone ("CVL"), or an IGO code
   */
  public record Actor(int start, int end, String text, String id, String country, String code) {

    /** The role part of the code ("GOV" of "RUSGOV"), or {@code null} when the code has none. */
    public String role() {
      if (code == null) {
        return null;
      }
      String rest = country != null && code.startsWith(country) ? code.substring(country.length()) : code;
      return rest.length() >= 3 ? rest.substring(0, 3) : null;
    }
  }

  /** One place the event is reported: a sentence and its trigger. */
  public record Mention(int sentence, Span trigger) {}

  /** How the text presents an event (PLOVER's modes). */
  public enum Mode {
    ASSERTED, NEGATED, FUTURE, HYPOTHETICAL, REPORTED;

    /** The JSON name: lower case. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
