package org.networkedcare.core.organisation;

import java.time.LocalDate;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * That an organisation provides a service at a site over a half-open period {@code [from, to)}.
 *
 * <p>JSON fields: {@code organisation} (ODS code), {@code service} (service id), {@code site} (site
 * code), {@code period} ({@link DateRange}: {@code from}, optional {@code to}).
 *
 * @param organisation the providing organisation's ODS code
 * @param service the service's identifier
 * @param site the site's ODS code
 * @param period when the service is provided
 */
public record ServiceProvision(
    OdsCode organisation, String service, OdsCode site, DateRange period) {

  /**
   * Checks the provision: every part present ({@code required}), the service an identifier ({@code
   * id.format}).
   *
   * @param organisation the providing organisation's ODS code
   * @param service the service's identifier
   * @param site the site's ODS code
   * @param period when the service is provided
   * @throws ValidationException with every problem
   */
  public ServiceProvision {
    Problems problems = Problems.collector();
    problems.at("organisation").required(organisation);
    Checks.id(problems.at("service"), service);
    problems.at("site").required(site);
    problems.at("period").required(period);
    problems.throwIfAny();
  }

  /**
   * {@return whether the provision is in effect on a date}
   *
   * @param date the date
   */
  public boolean isInEffectOn(LocalDate date) {
    return period.contains(date);
  }

  /** {@return who provides what where, when} */
  @Override
  public String toString() {
    return organisation + " provides " + service + " at " + site + " " + period;
  }
}
