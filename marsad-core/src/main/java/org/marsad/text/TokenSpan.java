package org.marsad.text;

import org.marsad.doc.TokenKind;

/** A token found by the {@link Tokenizer}: {@code [start, end)} in the original text, and its kind. */
public record TokenSpan(int start, int end, TokenKind kind) {}
