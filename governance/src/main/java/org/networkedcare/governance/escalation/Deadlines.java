package org.networkedcare.governance.escalation;

import java.time.LocalDate;
import org.networkedcare.governance.calendar.BankHolidays;

/**
 * Where an escalation stands on a date: it opens at level {@code k} on date {@code D}, due on the
 * {@code limit(k)}-th working day after {@code D}; from the day after a level's due date it is at the
 * next level, due {@code limit(k + 1)} working days after the previous due date, up to the last
 * level, where it stays.
 */
public final class Deadlines {

  private Deadlines() {}

  /**
   * Where an escalation stands.
   *
   * @param level the current level (1-based)
   * @param due the current level's due date
   * @param openedLevelDue the due date of the level it opened at
   * @param overdue whether the date is past the opening level's due date
   */
  public record Standing(int level, LocalDate due, LocalDate openedLevelDue, boolean overdue) {
    /**
     * Checks no part is null.
     *
     * @param level level
     * @param due due
     * @param openedLevelDue openedLevelDue
     * @param overdue overdue
     */
    public Standing {
      java.util.Objects.requireNonNull(due, "due");
      java.util.Objects.requireNonNull(openedLevelDue, "openedLevelDue");
    }
}

  /**
   * {@return where an escalation opened at a level on a date stands on a later date}
   *
   * @param route the route
   * @param opened the level it opened at (1-based)
   * @param on the date it opened
   * @param asOf the date asked about
   * @param calendar the working-day calendar
   */
  public static Standing standing(
      EscalationRoute route, int opened, LocalDate on, LocalDate asOf, BankHolidays calendar) {
    int level = Math.min(opened, route.top());
    LocalDate due = calendar.workingDaysAfter(on, route.level(level).limitWorkingDays());
    LocalDate openedDue = due;
    while (asOf.isAfter(due) && level < route.top()) {
      level++;
      due = calendar.workingDaysAfter(due, route.level(level).limitWorkingDays());
    }
    return new Standing(level, due, openedDue, asOf.isAfter(openedDue));
  }
}
