package org.networkedcare.governance.escalation;

import java.util.List;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.governance.calendar.BankHolidays;

/**
 * An ordered list of escalation levels, at least two, the last a formal route outside the two
 * partners. Holders are relative to the agreement, so one route can serve every agreement of a
 * network.
 *
 * <p>JSON: {@code {"id": "standard", "levels": [{"name": "site", "holder": Holder,
 * "limitWorkingDays": 5, "mayDecide": "..."}, ...]}}.
 *
 * @param id the route's identifier
 * @param levels the levels, first to last
 */
public record EscalationRoute(String id, List<Level> levels) {

  /**
   * One level of a route.
   *
   * @param name the level's name
   * @param holder who holds it, relative to the agreement
   * @param limitWorkingDays the response limit in working days, positive
   * @param mayDecide what the level may decide
   */
  public record Level(String name, Holder holder, int limitWorkingDays, String mayDecide) {

    /**
     * Checks the level: parts present, the limit positive ({@code route.limit}).
     *
     * @param name the name
     * @param holder the holder
     * @param limitWorkingDays the limit
     * @param mayDecide what it may decide
     */
    public Level {
      Problems problems = Problems.collector();
      problems.at("name").required(name);
      problems.at("holder").required(holder);
      problems.at("mayDecide").required(mayDecide);
      problems
          .at("limitWorkingDays")
          .check(
              limitWorkingDays > 0 && limitWorkingDays <= BankHolidays.MAX_WORKING_DAYS,
              "route.limit",
              "a response limit is 1 to "
                  + BankHolidays.MAX_WORKING_DAYS
                  + " working days (about ten years), not "
                  + limitWorkingDays);
      problems.throwIfAny();
    }
  }

  /**
   * Checks the route: at least two levels ({@code route.levels}); the last held by a commissioner,
   * an external organisation or the dispute route ({@code route.final-level}).
   *
   * @param id the identifier
   * @param levels the levels
   */
  public EscalationRoute {
    Problems problems = Problems.collector();
    problems.at("id").required(id);
    if (problems.at("levels").required(levels)) {
      levels = List.copyOf(levels);
      if (problems
          .at("levels")
          .check(levels.size() >= 2, "route.levels", "a route has at least two levels")) {
        Level last = levels.get(levels.size() - 1);
        problems
            .at("levels")
            .at(levels.size() - 1)
            .at("holder")
            .at("party")
            .check(
                last.holder().party().formal(),
                "route.final-level",
                "the last level must be a formal route outside the two partners (a commissioner, an"
                    + " external organisation or the dispute route), not the "
                    + last.holder().party().id());
      }
    }
    problems.throwIfAny();
  }

  /** {@return the number of the top level (1-based)} */
  public int top() {
    return levels.size();
  }

  /**
   * {@return a level by its 1-based number}
   *
   * @param number from 1 to {@link #top()}
   */
  public Level level(int number) {
    return levels.get(number - 1);
  }
}
