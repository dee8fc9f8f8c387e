package org.networkedcare.metrics.cohort;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One strategy of a cohort model: its transition matrix and its state values.
 *
 * <p>JSON: {@code {"name": "unsupported", "transitions": {"well": {"well": "C", "waiting":
 * "p_wait"}, ...}, "stateValues": {"cost": {"well": 120, "waiting": "c_wait"}}}}. A transition
 * matrix is given row by row (from state, then to state); a cell left out is 0; a cell is a number,
 * an expression, or {@code "C"}, the complement of the row's other cells. State values given here
 * replace the model's {@link CohortModel#stateValues()} for this strategy, cell by cell.
 *
 * @param name the strategy's name, unique in the model
 * @param transitions from state, to state, cell
 * @param stateValues value name, state, number or expression
 */
public record Strategy(
    String name,
    Map<String, Map<String, String>> transitions,
    Map<String, Map<String, String>> stateValues) {

  /**
   * Copies the maps, keeping their order.
   *
   * @param name the strategy's name
   * @param transitions from state, to state, cell
   * @param stateValues value name, state, number or expression
   */
  public Strategy {
    Objects.requireNonNull(name, "name");
    transitions = copy(transitions);
    stateValues = copy(stateValues);
  }

  static Map<String, Map<String, String>> copy(Map<String, Map<String, String>> map) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    return Collections.unmodifiableMap(out);
  }
}
