package org.marsad.io;

/** Input that cannot be read as a document: the message says why, in words a user can act on. */
public final class InputException extends Exception {
  public InputException(String message) {
    super(message);
  }
}
