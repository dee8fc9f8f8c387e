package org.networkedcare.governance.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.networkedcare.governance.calendar.BankHolidays;

/**
 * Where an escalation stands on a date: it opens at level {@code k} on date {@code D}, due on the
 * {@code limit(k)}-th working day after {@code D}; from the day after a level's due date it is at
 * the next level, due {@code limit(k + 1)} working days after the previous due date, up to the last
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
   * One level an escalation reached.
   *
   * @param level the level (1-based)
   * @param from the day it reached the level
   * @param due the level's due date
   */
  public record Reached(int level, LocalDate from, LocalDate due) {
    /**
     * Checks no part is null.
     *
     * @param level level
     * @param from from
     * @param due due
     */
    public Reached {
      java.util.Objects.requireNonNull(from, "from");
      java.util.Objects.requireNonNull(due, "due");
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
    List<Reached> reached = reached(route, opened, on, List.of(), asOf, calendar);
    Reached now = reached.get(reached.size() - 1);
    LocalDate openedDue = reached.get(0).due();
    return new Standing(now.level(), now.due(), openedDue, asOf.isAfter(openedDue));
  }

  /**
   * {@return every level an escalation reached by a day, in order} It opens at a level on a date;
   * from the day after a level's due date it is at the next, due {@code limit(k + 1)} working days
   * after the previous due date; a decision to escalate further on a day on or before the current
   * level's due date moves it to the next level that day, due {@code limit(k + 1)} working days
   * after it. At the last level it stays.
   *
   * @param route the route
   * @param opened the level it opened at (1-based; above the top is the top)
   * @param on the date it opened
   * @param escalations the days of decisions to escalate further, in order
   * @param end the last day to follow it (the evaluation date, or the day it closed)
   * @param calendar the working-day calendar
   */
  public static List<Reached> reached(
      EscalationRoute route,
      int opened,
      LocalDate on,
      List<LocalDate> escalations,
      LocalDate end,
      BankHolidays calendar) {
    List<Reached> reached = new ArrayList<>();
    int level = Math.min(opened, route.top());
    LocalDate due = calendar.workingDaysAfter(on, route.level(level).limitWorkingDays());
    reached.add(new Reached(level, on, due));
    int next = 0;
    while (level < route.top()) {
      while (next < escalations.size()
          && escalations.get(next).isBefore(reached.get(reached.size() - 1).from())) {
        next++;
      }
      Optional<LocalDate> escalated =
          next < escalations.size()
                  && !escalations.get(next).isAfter(due)
                  && !escalations.get(next).isAfter(end)
              ? Optional.of(escalations.get(next))
              : Optional.empty();
      if (escalated.isPresent()) {
        next++;
        level++;
        due = calendar.workingDaysAfter(escalated.get(), route.level(level).limitWorkingDays());
        reached.add(new Reached(level, escalated.get(), due));
      } else if (end.isAfter(due)) {
        LocalDate from = due.plusDays(1);
        level++;
        due = calendar.workingDaysAfter(due, route.level(level).limitWorkingDays());
        reached.add(new Reached(level, from, due));
      } else {
        break;
      }
    }
    return List.copyOf(reached);
  }
}
