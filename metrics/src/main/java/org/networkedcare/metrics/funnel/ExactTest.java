package org.networkedcare.metrics.funnel;

import java.util.Locale;

/** The exact test a site is compared with the network standard by. */
public enum ExactTest {
  /** Events out of cases against Binomial(cases, standard): for proportions. */
  BINOMIAL,
  /** Observed events against Poisson(standard x expected or exposure): for ratios and rates. */
  POISSON,
  /**
   * A count over a count, given their sum: the numerator against Binomial(numerator + denominator,
   * standard / (1 + standard)), the exact comparison of two Poisson counts (R's two-sample {@code
   * poisson.test}): for count ratios.
   */
  CONDITIONAL_BINOMIAL;

  /** {@return the lower-case code used in files, such as {@code conditional_binomial}} */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
