package org.networkedcare.governance.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * One cell of the guidance grid (IMPRESS): the response of a site to one recommendation, with the
 * timeframe for completion, the post that owns it and, once adopted, the day it was. A cell with an
 * adoption day after the evaluation date is not adopted at that date. Immutable and thread-safe.
 *
 * @param guidance the guidance entry's reference
 * @param recommendation the recommendation's identifier
 * @param site the site
 * @param status the response (planned, in-progress, adopted, not-applicable)
 * @param due the timeframe's last day
 * @param adopted the day it was adopted; present exactly when the status is {@code adopted}
 * @param owner the post that owns the response
 */
public record Adoption(
    String guidance,
    String recommendation,
    OdsCode site,
    String status,
    LocalDate due,
    Optional<LocalDate> adopted,
    String owner) {

  /**
   * Checks the parts ({@code adoption.adopted}: a date without the status or the status without a
   * date).
   *
   * @param guidance the guidance
   * @param recommendation the recommendation
   * @param site the site
   * @param status the status
   * @param due the due day
   * @param adopted the adoption day
   * @param owner the owner post
   */
  public Adoption {
    Problems problems = Problems.collector();
    Vocabulary.id(problems.at("guidance"), guidance);
    Vocabulary.id(problems.at("recommendation"), recommendation);
    problems.at("site").required(site);
    Vocabulary.member(problems.at("status"), status, Vocabulary.ADOPTION_STATUSES);
    problems.at("due").required(due);
    if (problems.at("adopted").required(adopted) && status != null) {
      problems
          .at("adopted")
          .check(
              adopted.isPresent() == "adopted".equals(status),
              "adoption.adopted",
              "an adoption date is given exactly when the status is 'adopted'");
    }
    Vocabulary.id(problems.at("owner"), owner);
    problems.throwIfAny();
  }

  /** {@return whether the recommendation applies at the site} */
  public boolean applies() {
    return !"not-applicable".equals(status);
  }

  /**
   * {@return whether it was adopted on or before the day}
   *
   * @param day the day
   */
  public boolean adoptedBy(LocalDate day) {
    return adopted.filter(d -> !d.isAfter(day)).isPresent();
  }

  /**
   * {@return a cell read from JSON, every problem recorded at its path}
   *
   * @param value the JSON value
   */
  public static Optional<Adoption> fromJson(JsonValue value) {
    return value.object(Adoption::read);
  }

  private static Optional<Adoption> read(JsonObject o) {
    Optional<String> guidance = o.required("guidance", JsonValue::nonBlankText);
    Optional<String> rec = o.required("recommendation", JsonValue::nonBlankText);
    Optional<OdsCode> site = o.required("site", OrganisationJson::odsCode);
    Optional<String> status =
        o.required("status", v -> Vocabulary.oneOf(v, Vocabulary.ADOPTION_STATUSES));
    Optional<LocalDate> due = o.required("due", JsonValue::date);
    Optional<LocalDate> adopted = o.optional("adopted", JsonValue::date);
    Optional<String> owner = o.required("owner", JsonValue::nonBlankText);
    return o.buildAll(
        () ->
            new Adoption(
                JsonObject.orMissing(guidance),
                JsonObject.orMissing(rec),
                JsonObject.orMissing(site),
                JsonObject.orMissing(status),
                JsonObject.orMissing(due),
                adopted,
                JsonObject.orMissing(owner)));
  }

  /** {@return the cell as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("guidance", guidance);
    node.put("recommendation", recommendation);
    node.put("site", site.value());
    node.put("status", status);
    node.put("due", due.toString());
    adopted.ifPresent(a -> node.put("adopted", a.toString()));
    node.put("owner", owner);
    return node;
  }
}
