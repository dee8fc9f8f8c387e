package org.networkedcare.governance.structure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;

/** The fixed vocabularies of posts and bodies, and the checks their records share. */
final class Vocabulary {

  private Vocabulary() {}

  /** The kinds of post. */
  static final List<String> POST_KINDS =
      List.of(
          "network-manager",
          "clinical-lead",
          "boundary-spanner",
          "patient-voice",
          "lay-member",
          "chair",
          "executive",
          "clinician",
          "manager",
          "other");

  /** The constituencies a post represents and a body's membership asks for. */
  static final List<String> CONSTITUENCIES =
      List.of(
          "patient-voice",
          "carers",
          "public-health",
          "primary-care",
          "secondary-care",
          "social-care",
          "commissioner",
          "lay",
          "academic",
          "voluntary-sector",
          "other");

  /** The kinds of standard and guidance in the register. */
  static final List<String> GUIDANCE_KINDS =
      List.of(
          "nice-guideline",
          "nice-quality-standard",
          "nice-technology-appraisal",
          "pathway",
          "network-standard",
          "royal-college",
          "other");

  /** The adoption statuses of a recommendation at a site. */
  static final List<String> ADOPTION_STATUSES =
      List.of("planned", "in-progress", "adopted", "not-applicable");

  /** Where a learning item came from. */
  static final List<String> LEARNING_SOURCES =
      List.of("incident", "audit", "complaint", "innovation", "review", "other");

  /** The kinds of schedule. */
  static final List<String> SCHEDULE_KINDS = List.of("training", "audit");

  /** {@return a decoder of one of the names, listing them on an unknown one} */
  static Optional<String> oneOf(JsonValue value, List<String> names) {
    Map<String, String> map = new LinkedHashMap<>();
    names.forEach(n -> map.put(n, n));
    return value.oneOf(map);
  }

  /** Checks a name is one of a vocabulary's. */
  static void member(Problems at, String value, List<String> names) {
    if (at.required(value)) {
      at.check(
          names.contains(value),
          "unknown-value",
          "'" + value + "' is not one of: " + String.join(", ", names));
    }
  }

  /** Checks an identifier is present and not blank. */
  static void id(Problems at, String value) {
    if (at.required(value)) {
      at.check(!value.isBlank(), "blank", "an identifier is given");
    }
  }

  /** Checks an optional end is after its start ({@code period.order}). */
  static void period(Problems at, LocalDate from, Optional<LocalDate> to) {
    if (at.at("to").required(to) && from != null) {
      to.ifPresent(
          t ->
              at.at("to")
                  .check(
                      t.isAfter(from),
                      "period.order",
                      "the end " + t + " is after the start " + from));
    }
  }
}
