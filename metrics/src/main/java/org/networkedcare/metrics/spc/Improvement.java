package org.networkedcare.metrics.spc;

import java.util.Locale;
import java.util.Optional;

/**
 * Which way a measure improves, deciding whether a special cause is an improvement or a concern.
 *
 * <p>This is the SPC's own small direction type; it will be reconciled with the direction of a
 * core measure later.
 */
public enum Improvement {
  /** Higher values are better. */
  INCREASE,
  /** Lower values are better. */
  DECREASE,
  /** Neither direction is better: special causes are only high or low, and there is no assurance. */
  NEUTRAL;

  /** {@return the lower-case word used on the command line and in files ({@code increase} etc.)} */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the direction with this code, if any}
   *
   * @param code {@code increase}, {@code decrease} or {@code neutral}
   */
  public static Optional<Improvement> fromCode(String code) {
    for (Improvement value : values()) {
      if (value.code().equals(code)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
