package org.networkedcare.metrics.spc;

import java.util.Locale;

/**
 * Whether a facet's process will meet its target, judged from the process limits of its last
 * segment.
 */
public enum Assurance {
  /** The whole process lies on the good side of the target: it will consistently pass. */
  PASS,
  /** The whole process lies on the bad side of the target: it will consistently fail. */
  FAIL,
  /**
   * The target lies between the limits (or on one), or the limits do not exist: the process will
   * sometimes meet it and sometimes not.
   */
  INCONSISTENT;

  private final String code = name().toLowerCase(Locale.ROOT);

  /**
   * {@return the lower-case code used in files ({@code pass}, {@code fail}, {@code inconsistent})}
   */
  public String code() {
    return code;
  }
}
