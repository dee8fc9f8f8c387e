package org.networkedcare.governance.reference;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.governance.calendar.BankHolidays;

/**
 * The dispute route of each legal character (reference data {@code dispute-routes}): its stages in
 * order, each with a limit in working days or none.
 *
 * @param id {@code dispute-routes}
 * @param version the data version
 * @param routes one route per legal character
 */
public record DisputeRoutes(String id, String version, List<Route> routes) {

  /**
   * One stage of a dispute route.
   *
   * @param id the stage's identifier, such as {@code mediation}
   * @param name a readable name
   * @param limitWorkingDays the stage's limit in working days from its start, or empty for none
   */
  public record Stage(String id, String name, OptionalInt limitWorkingDays) {

    /**
     * Checks the stage.
     *
     * @param id the identifier
     * @param name the name
     * @param limitWorkingDays the limit, positive when present
     */
    public Stage {
      Problems problems = Problems.collector();
      problems.at("id").required(id);
      problems.at("name").required(name);
      if (problems.at("limitWorkingDays").required(limitWorkingDays)
          && limitWorkingDays.isPresent()) {
        int days = limitWorkingDays.getAsInt();
        problems
            .at("limitWorkingDays")
            .check(
                days > 0 && days <= BankHolidays.MAX_WORKING_DAYS,
                "range",
                "a limit is 1 to "
                    + BankHolidays.MAX_WORKING_DAYS
                    + " working days (about ten years), not "
                    + days);
      }
      problems.throwIfAny();
    }
  }

  /**
   * The route of one legal character.
   *
   * @param legalCharacter {@code nhs-contract}, {@code contract} or {@code memorandum}
   * @param stages the stages in order, at least one
   */
  public record Route(String legalCharacter, List<Stage> stages) {

    /**
     * Checks the route.
     *
     * @param legalCharacter the legal character
     * @param stages the stages, at least one
     */
    public Route {
      Problems problems = Problems.collector();
      problems.at("legalCharacter").required(legalCharacter);
      if (problems.at("stages").required(stages)) {
        stages = List.copyOf(stages);
        problems
            .at("stages")
            .check(!stages.isEmpty(), "dispute-routes.empty", "a route has a stage");
      }
      problems.throwIfAny();
    }

    /**
     * {@return the position of a stage in the route, if the route has it}
     *
     * @param stage the stage's identifier
     */
    public OptionalInt indexOf(String stage) {
      for (int i = 0; i < stages.size(); i++) {
        if (stages.get(i).id().equals(stage)) {
          return OptionalInt.of(i);
        }
      }
      return OptionalInt.empty();
    }
  }

  /**
   * Checks the routes.
   *
   * @param id {@code dispute-routes}
   * @param version the data version
   * @param routes the routes
   */
  public DisputeRoutes {
    Problems problems = Problems.collector();
    problems.at("id").required(id);
    problems.at("version").required(version);
    if (problems.at("routes").required(routes)) {
      routes = List.copyOf(routes);
    }
    problems.throwIfAny();
  }

  /**
   * {@return the route of a legal character, if the data has one}
   *
   * @param legalCharacter the legal character's identifier
   */
  public Optional<Route> route(String legalCharacter) {
    return routes.stream().filter(r -> r.legalCharacter().equals(legalCharacter)).findFirst();
  }
}
