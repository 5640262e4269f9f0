package org.marsad.io;

/** How an input file is laid out. */
public enum InputFormat {
  /** Decide from the file name, then from the first bytes. */
  auto,
  /** Plain text: the whole file is one article. */
  text,
  /** An HTML page: its main text is one article. */
  html,
  /** JSON Lines: one {@code {"id","text","date","url","source"}} object per line. */
  jsonl
}
