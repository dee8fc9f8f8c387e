package org.networkedcare.core.organisation;

import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * A site: its ODS site code, its name and the organisation that manages it. Several providers may
 * run services at one site. The site code's frame follows the managing organisation's role (an NHS
 * trust's sites use the {@code nhs-trust-site} frame), checked where the organisation is known; a
 * trust site whose code does not begin with its trust's code is a warning, not an error.
 *
 * <p>JSON fields: {@code code}, {@code name}, {@code organisation} (the manager's ODS code).
 *
 * @param code the site's ODS code, such as {@code RHA01}
 * @param name the site's name
 * @param organisation the ODS code of the organisation managing the site
 */
public record Site(OdsCode code, String name, OdsCode organisation) {

  /**
   * Checks the site: every part present ({@code required}), a non-blank name ({@code blank}).
   *
   * @param code the site's ODS code
   * @param name the site's name
   * @param organisation the ODS code of the managing organisation
   * @throws ValidationException with every problem, at {@code /code}, {@code /name}, {@code
   *     /organisation}
   */
  public Site {
    Problems problems = Problems.collector();
    problems.at("code").required(code);
    Checks.name(problems.at("name"), name);
    problems.at("organisation").required(organisation);
    problems.throwIfAny();
  }

  /** {@return code, name and manager} */
  @Override
  public String toString() {
    return code + " " + name + " (managed by " + organisation + ")";
  }
}
