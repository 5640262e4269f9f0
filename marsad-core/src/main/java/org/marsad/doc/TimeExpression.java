package org.marsad.doc;

/**
 * A time expression normalised to TIMEX3 (filled by the temporal stage).
 *
 * @param type DATE, TIME, DURATION or SET
 * @param value TIMEX3 value ("2017-01", "P3D", "FUTURE_REF")
 * @param hijri the Hijri date as written, when the expression was Hijri, else {@code null}
 * @param anchor the date the expression was resolved against (ISO yyyy-MM-dd), or {@code null}
 */
public record TimeExpression(
    int start, int end, String text, String type, String value, String hijri, String anchor) {}
