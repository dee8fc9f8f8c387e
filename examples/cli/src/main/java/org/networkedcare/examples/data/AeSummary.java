package org.networkedcare.examples.data;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * Type 1 A&amp;E activity of one provider added up over a set of months.
 *
 * @param orgCode the provider's ODS code
 * @param months how many months had data
 * @param attendances attendances, a count
 * @param breaches attendances over four hours, a count
 * @param admissions admissions from the department, a count
 */
public record AeSummary(
    String orgCode, int months, long attendances, long breaches, long admissions) {

  /**
   * {@return the provider's activity over the months that pass a filter}
   *
   * @param rows every row read
   * @param orgCode the provider
   * @param inPeriod which months count
   */
  public static AeSummary of(List<AeMonth> rows, String orgCode, Predicate<YearMonth> inPeriod) {
    int months = 0;
    long attendances = 0;
    long breaches = 0;
    long admissions = 0;
    for (AeMonth row : rows) {
      if (row.orgCode().equals(orgCode) && inPeriod.test(row.month())) {
        months++;
        attendances += row.attendances();
        breaches += row.breaches();
        admissions += row.admissions();
      }
    }
    return new AeSummary(orgCode, months, attendances, breaches, admissions);
  }

  /** {@return the share of attendances within four hours over the period; empty without data} */
  public OptionalDouble fourHourPerformance() {
    return attendances == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(1.0 - (double) breaches / attendances);
  }
}
