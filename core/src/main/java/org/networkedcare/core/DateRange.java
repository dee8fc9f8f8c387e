package org.networkedcare.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * A half-open range of dates {@code [from, to)}: it contains {@code from} and every later date
 * before {@code to}; without {@code to} it is open-ended. Memberships, service provisions and money
 * flows are valid over such a range, so that one ends on the day the next begins.
 *
 * <p>JSON: an object with {@code from} (an ISO date) and, when the range ends, {@code to}.
 *
 * @param from the first date in the range
 * @param to the first date after the range, if it ends
 */
public record DateRange(LocalDate from, Optional<LocalDate> to) {

  /**
   * Checks the range: both parts present and {@code to} after {@code from} (an empty range is a
   * mistake, never intended). Problems are reported at {@code /from} and {@code /to}.
   *
   * @param from the first date in the range
   * @param to the first date after the range, if it ends
   * @throws ValidationException if a part is missing or {@code to} is not after {@code from}
   */
  public DateRange {
    Problems problems = Problems.collector();
    problems.at("from").required(from);
    if (problems.at("to").required(to) && from != null && to.isPresent()) {
      problems
          .at("to")
          .check(
              to.get().isAfter(from),
              "range.order",
              "the end " + to.get() + " is not after the start " + from);
    }
    problems.throwIfAny();
  }

  /**
   * {@return an open-ended range from a date}
   *
   * @param from the first date in the range
   */
  public static DateRange startingOn(LocalDate from) {
    return new DateRange(from, Optional.empty());
  }

  /**
   * {@return the range {@code [from, to)}}
   *
   * @param from the first date in the range
   * @param to the first date after the range
   */
  public static DateRange of(LocalDate from, LocalDate to) {
    return new DateRange(from, Optional.of(Objects.requireNonNull(to, "to")));
  }

  /**
   * {@return whether the range contains a date}
   *
   * @param date the date
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && to.map(date::isBefore).orElse(true);
  }

  /**
   * {@return whether two ranges share at least one date}
   *
   * @param other the other range
   */
  public boolean overlaps(DateRange other) {
    boolean thisStartsBeforeOtherEnds = other.to.map(from::isBefore).orElse(true);
    boolean otherStartsBeforeThisEnds = to.map(other.from::isBefore).orElse(true);
    return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /** {@return the range as {@code [from, to)}, or {@code [from, ...)} when open-ended} */
  @Override
  public String toString() {
    return "[" + from + ", " + to.map(LocalDate::toString).orElse("...") + ")";
  }
}
