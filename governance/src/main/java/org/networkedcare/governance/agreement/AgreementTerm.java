package org.networkedcare.governance.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
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

  /**
   * {@return a term read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<AgreementTerm> fromJson(JsonValue value) {
    return value.object(
        o -> {
          Optional<LocalDate> start = o.required("start", JsonValue::date);
          Optional<LocalDate> end = o.optional("end", JsonValue::date);
          Optional<Integer> notice = o.required("noticeMonths", JsonValue::integer);
          Optional<Integer> review = o.required("reviewMonths", JsonValue::integer);
          Optional<LocalDate> last = o.optional("lastReview", JsonValue::date);
          if (notice.isEmpty() || review.isEmpty()) {
            return Optional.empty();
          }
          return o.buildAll(
              () ->
                  new AgreementTerm(
                      JsonObject.orMissing(start), end, notice.get(), review.get(), last));
        });
  }

  /** {@return the term as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("start", start.toString());
    end.ifPresent(e -> node.put("end", e.toString()));
    node.put("noticeMonths", noticeMonths);
    node.put("reviewMonths", reviewMonths);
    lastReview.ifPresent(r -> node.put("lastReview", r.toString()));
    return node;
  }
}
