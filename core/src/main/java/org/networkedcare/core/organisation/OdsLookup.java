package org.networkedcare.core.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers whether an ODS code exists, supplied by the caller (from a local copy of ODS data, a test
 * fixture or a service of the caller's choosing). The library never looks codes up itself.
 */
@FunctionalInterface
public interface OdsLookup {

  /**
   * Finds the organisation or site a code identifies.
   *
   * @param code the code
   * @return the organisation as the lookup knows it, or empty when the code does not exist
   */
  Optional<Organisation> find(OdsCode code);

  /**
   * {@return whether the code exists and its organisation was open on a date}
   *
   * @param code the code
   * @param date the date
   */
  default boolean openOn(OdsCode code, LocalDate date) {
    return find(code).map(o -> o.isOpenOn(date)).orElse(false);
  }

  /**
   * {@return a lookup that knows exactly these organisations}
   *
   * @param organisations the organisations, codes distinct
   * @throws IllegalStateException if two share a code
   */
  static OdsLookup of(Collection<Organisation> organisations) {
    Map<OdsCode, Organisation> byCode =
        organisations.stream()
            .collect(Collectors.toUnmodifiableMap(Organisation::odsCode, Function.identity()));
    return code -> Optional.ofNullable(byCode.get(code));
  }
}
