package org.networkedcare.metrics.spc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kind of control chart: how the centre line and the limits are computed. The codes are the
 * ones of the R package qicharts2 ({@code pp} and {@code up} for Laney's p' and u'), except {@code
 * xmr}, which NHSRplotthedots draws and qicharts2 calls {@code i}.
 */
public enum ChartType {
  /** Individual values and moving ranges, as NHSRplotthedots (Making Data Count); the default. */
  XMR("xmr", false),
  /**
   * Opportunities between rare events (a geometric count, such as operations or days between never
   * events); centre line the median, limits {@code mean ± 3 sqrt(mean (mean + 1))}.
   */
  G("g", false),
  /**
   * Time between rare events (positive, such as days between serious incidents); an XmR chart of
   * {@code y^(1/3.6)}, transformed back.
   */
  T("t", false),
  /** Proportions with varying denominators (events over cases): binomial limits. */
  P("p", true),
  /** Laney's p' chart: p chart limits widened or narrowed by the spread of the z-scores. */
  P_PRIME("pp", true),
  /** Rates with varying exposure (events over exposure): Poisson limits. */
  U("u", true),
  /** Laney's u' chart: u chart limits widened or narrowed by the spread of the z-scores. */
  U_PRIME("up", true);

  private final String code;
  private final boolean ratio;

  ChartType(String code, boolean ratio) {
    this.code = code;
    this.ratio = ratio;
  }

  /** {@return the code used on the command line ({@code xmr}, {@code g}, {@code pp}...)} */
  public String code() {
    return code;
  }

  /** {@return whether the chart reads numerators and denominators rather than values} */
  public boolean needsDenominators() {
    return ratio;
  }

  /** {@return the chart types by code, in declaration order} */
  public static Map<String, ChartType> byCode() {
    Map<String, ChartType> map = new LinkedHashMap<>();
    for (ChartType t : values()) {
      map.put(t.code, t);
    }
    return map;
  }

  /** {@return the code} */
  @Override
  public String toString() {
    return code;
  }
}
