package org.networkedcare.governance.assurance;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.networkedcare.core.organisation.OdsCode;

/**
 * A monthly series of the document: a measure at a site, for one service or (the site-level series
 * that triggers and evidence items read) for none.
 *
 * @param measure the measure's identifier
 * @param site the site
 * @param service the service, if the series is one service's
 */
record SeriesKey(String measure, OdsCode site, Optional<String> service) {

  /** Orders keys by site (as text), then measure, then service (none first). */
  static final Comparator<SeriesKey> ORDER =
      Comparator.comparing((SeriesKey k) -> k.site().toString())
          .thenComparing(SeriesKey::measure)
          .thenComparing(k -> k.service().orElse(""));

  SeriesKey {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(service, "service");
  }

  /** {@return the site-level series of a measure at a site} */
  static SeriesKey of(String measure, OdsCode site) {
    return new SeriesKey(measure, site, Optional.empty());
  }
}
