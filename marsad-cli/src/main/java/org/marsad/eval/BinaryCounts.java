package org.marsad.eval;

/** The counts of a yes/no decision against a gold yes/no, with precision, recall and F1 (0 when undefined). */
public class BinaryCounts {
  int tp;
  int fp;
  int fn;
  int tn;

  /** Counts one decision. */
  void add(boolean gold, boolean predicted) {
    if (gold && predicted) {
      tp++;
    } else if (predicted) {
      fp++;
    } else if (gold) {
      fn++;
    } else {
      tn++;
    }
  }

  public int tp() {
    return tp;
  }

  public int fp() {
    return fp;
  }

  public int fn() {
    return fn;
  }

  public int tn() {
    return tn;
  }

  /** Decisions counted. */
  public int n() {
    return tp + fp + fn + tn;
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    return SpanScore.f1(precision(), recall());
  }
}
