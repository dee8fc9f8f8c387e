package org.networkedcare.governance.assurance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.networkedcare.core.json.Json;

/**
 * A risk of the register as it stands at the evaluation date.
 *
 * @param id the risk's identifier
 * @param title the risk's title
 * @param initial the initial score
 * @param current the current score
 * @param target the target score
 * @param band the band of the current score
 * @param reviewMonths the band's review interval
 * @param nextReview the last review plus the interval
 * @param aboveAppetite whether the current score is above the objective's appetite
 */
public record RiskStatus(
    String id,
    String title,
    int initial,
    int current,
    int target,
    String band,
    int reviewMonths,
    LocalDate nextReview,
    boolean aboveAppetite) {

  /**
   * Checks no part is null.
   *
   * @param id the risk's identifier
   * @param title the risk's title
   * @param initial the initial score
   * @param current the current score
   * @param target the target score
   * @param band the band of the current score
   * @param reviewMonths the band's review interval
   * @param nextReview the next review
   * @param aboveAppetite whether above appetite
   */
  public RiskStatus {
    java.util.Objects.requireNonNull(id, "id");
    java.util.Objects.requireNonNull(title, "title");
    java.util.Objects.requireNonNull(band, "band");
    java.util.Objects.requireNonNull(nextReview, "nextReview");
  }

  /** {@return the status as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("title", title);
    node.put("initialScore", initial);
    node.put("currentScore", current);
    node.put("targetScore", target);
    node.put("band", band);
    node.put("reviewMonths", reviewMonths);
    node.put("nextReview", nextReview.toString());
    node.put("aboveAppetite", aboveAppetite);
    return node;
  }
}
