package org.networkedcare.governance.agreement;

import java.time.LocalDate;
import java.util.Optional;
import org.networkedcare.core.validation.Problems;

/**
 * The term of an agreement: the start (transfer) date, an optional end date (the last day in
 * force), the notice period and review cadence in months, and the last review.
 *
 * <p>JSON: {@code {"start": "2024-04-01", "end": "2027-03-31", "noticeMonths": 6, "reviewMonths":
 * 12, "lastReview": "2025-03-20"}}.
 *
 * @param start the start date
 * @param end the end date, if any
 * @param noticeMonths the notice period in months, positive
 * @param reviewMonths the review cadence in months, positive
 * @param lastReview the last review, if any
 */
public record AgreementTerm(
    LocalDate start,
    Optional<LocalDate> end,
    int noticeMonths,
    int reviewMonths,
    Optional<LocalDate> lastReview) {

  /**
   * Checks the term: notice and cadence positive, the end after the start ({@code agreement.term}).
   *
   * @param start the start
   * @param end the end, if any
   * @param noticeMonths the notice period
   * @param reviewMonths the review cadence
   * @param lastReview the last review, if any
   */
  public AgreementTerm {
    Problems problems = Problems.collector();
    boolean parts = problems.at("start").required(start) & problems.at("end").required(end);
    problems.at("lastReview").required(lastReview);
    problems
        .at("noticeMonths")
        .check(noticeMonths > 0, "agreement.term", "the notice period is positive");
    problems
        .at("reviewMonths")
        .check(reviewMonths > 0, "agreement.term", "the review cadence is positive");
    if (parts && end.isPresent()) {
      problems
          .at("end")
          .check(
              end.get().isAfter(start), "agreement.term", "the end date is after the start date");
    }
    problems.throwIfAny();
  }

  /** {@return the next review date: the last review, or the start, plus the cadence} */
  public LocalDate nextReview() {
    return lastReview.orElse(start).plusMonths(reviewMonths);
  }
}
