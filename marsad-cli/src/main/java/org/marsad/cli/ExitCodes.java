package org.marsad.cli;

/** The exit codes listed in {@code marsad --help}. */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int PARTIAL = 3;

  private ExitCodes() {}
}
