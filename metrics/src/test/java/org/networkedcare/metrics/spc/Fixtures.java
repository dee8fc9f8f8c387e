package org.networkedcare.metrics.spc;

import java.time.LocalDate;

/** Building test series: monthly dates from January 2020, NaN for a missing value. */
final class Fixtures {

  static final LocalDate START = LocalDate.of(2020, 1, 1);

  private Fixtures() {}

  static LocalDate month(int index) {
    return START.plusMonths(index);
  }

  static SpcSeries series(String facet, double... values) {
    SpcSeries.Builder builder = SpcSeries.builder(facet);
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        builder.addMissing(month(i));
      } else {
        builder.add(month(i), values[i]);
      }
    }
    return builder.build();
  }

  static SpcSeries series(double... values) {
    return series("", values);
  }

  static FacetResult chart(SpcOptions options, double... values) {
    return Spc.analyse(series(values), options).facets().get(0);
  }

  static FacetResult chart(double... values) {
    return chart(SpcOptions.defaults(), values);
  }

  /** {@return the special-cause code of every point, "" for none} */
  static String[] causes(FacetResult result) {
    String[] codes = new String[result.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = result.point(i).specialCause().map(SpecialCause::code).orElse("");
    }
    return codes;
  }

  static double[] repeat(double value, int times) {
    double[] out = new double[times];
    java.util.Arrays.fill(out, value);
    return out;
  }

  static double[] concat(double[]... parts) {
    int n = 0;
    for (double[] p : parts) {
      n += p.length;
    }
    double[] out = new double[n];
    int at = 0;
    for (double[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  /** Twelve baseline points alternating 12, 10: mean 11, every moving range 2, so amr 2. */
  static double[] baseline() {
    return new double[] {12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10};
  }
}
