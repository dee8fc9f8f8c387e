package org.networkedcare.core.organisation;

import java.util.regex.Pattern;
import org.networkedcare.core.reference.OdsFrames;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * An Organisation Data Service code, identifying an NHS organisation or site, such as {@code RP6}
 * or {@code RP601}.
 *
 * <p>A code is 3 to 10 upper-case letters and digits; there is no check digit. Whether it is valid
 * for an organisation depends on the organisation's role: it must fit a frame of that role in
 * reference data {@code ods-frames} ({@link #fits(OdsFrames, OrganisationRole)}). Whether it
 * exists, and was open on a date, only a lookup can say ({@link OdsLookup}): the library never
 * calls a service. Compares by value; {@link #toString()} is the bare code. JSON: the bare code as
 * a string.
 *
 * @param value the code, such as {@code RP6}
 */
public record OdsCode(String value) implements Comparable<OdsCode> {

  /** The widest frame of any role: 3 to 10 upper-case letters or digits. */
  public static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{3,10}");

  /**
   * Checks the code: present ({@code required}) and 3 to 10 upper-case letters or digits ({@code
   * ods.format}); problems are reported at the code itself (path {@code ""}).
   *
   * @param value the code
   * @throws ValidationException if the code is missing or malformed
   */
  public OdsCode {
    Problems problems = Problems.collector();
    if (problems.required(value)) {
      problems.check(
          FORMAT.matcher(value).matches(),
          "ods.format",
          "'" + value + "' is not an ODS code: 3 to 10 upper-case letters or digits");
    }
    problems.throwIfAny();
  }

  /**
   * {@return the code}
   *
   * @param value the code, such as {@code RP6}
   * @throws ValidationException if the code is malformed
   */
  public static OdsCode of(String value) {
    return new OdsCode(value);
  }

  /**
   * {@return whether this code fits a frame of a role; false when the role is unknown}
   *
   * @param frames the ODS frames in force
   * @param role the organisation's role
   */
  public boolean fits(OdsFrames frames, OrganisationRole role) {
    return frames.allows(role.id(), value);
  }

  /**
   * {@return whether this code begins with another code} A trust site's code normally begins with
   * its trust's.
   *
   * @param prefix the other code
   */
  public boolean startsWith(OdsCode prefix) {
    return value.startsWith(prefix.value);
  }

  @Override
  public int compareTo(OdsCode other) {
    return value.compareTo(other.value);
  }

  /** {@return the bare code} */
  @Override
  public String toString() {
    return value;
  }
}
