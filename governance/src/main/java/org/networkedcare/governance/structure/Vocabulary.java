package org.networkedcare.governance.structure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.validation.Problems;

/** The checks the structure's records share. */
final class Vocabulary {

  private Vocabulary() {}

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
