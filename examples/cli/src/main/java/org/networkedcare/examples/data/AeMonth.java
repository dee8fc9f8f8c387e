package org.networkedcare.examples.data;

import java.time.YearMonth;

/**
 * One month of one provider's type 1 (major, consultant-led, 24-hour) A&amp;E activity, from NHS
 * England's "A&amp;E Attendances and Emergency Admissions" statistics.
 *
 * @param month the calendar month the counts relate to
 * @param orgCode the provider's ODS code
 * @param attendances patients attending, a count
 * @param breaches attendances over four hours from arrival to admission, transfer or discharge
 * @param admissions patients admitted to hospital from the department, a count
 */
public record AeMonth(
    YearMonth month, String orgCode, long attendances, long breaches, long admissions) {

  /** {@return the share of attendances within four hours, {@code 1 - breaches / attendances}} */
  public double fourHourPerformance() {
    return 1.0 - (double) breaches / attendances;
  }
}
