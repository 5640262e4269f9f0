package org.marsad.doc;

/**
 * A coded event (filled by the event stage).
 *
 * @param sentence index into {@link Document#sentences()}
 * @param cameo full CAMEO event code
 * @param root CAMEO root code (two digits)
 * @param plover PLOVER event type
 * @param mode asserted, negated, future, hypothetical or reported
 */
public record Event(
    int sentence, Span trigger, Actor source, Actor target, String cameo, String root, int quadClass,
    double goldstein, String plover, String mode, Span speaker, double confidence) {

  /** An actor of an event: the text that names it and its coded identity. */
  public record Actor(int start, int end, String text, String id, String country, String code) {}
}
