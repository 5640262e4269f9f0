package org.marsad.doc;

/**
 * A number with what it measures or counts (filled by the quantity stage).
 *
 * @param unit unit of measure ("km", "percent"), or {@code null}
 * @param currency ISO 4217 code for money, or {@code null}
 * @param object the counted noun's lemma ("مفاعل" for "4 مفاعلات نووية"), or {@code null}
 */
public record Quantity(
    int start, int end, String text, double value, String unit, String currency, String object) {}
