package org.networkedcare.core.organisation;

import java.util.regex.Pattern;
import org.networkedcare.core.validation.Problems;

/**
 * The local identifier of a partner that has no ODS code (a charity, a patient group, a social care
 * provider, a university, an independent-sector provider not yet coded): {@code local:} followed by
 * lower-case letters, digits and single hyphens, at most 64 characters in all, e.g. {@code
 * local:sight-support-charity}. An ODS code is 3 to 10 upper-case letters or digits with no colon,
 * so no local identifier can ever equal or be read as one. Compares by value; immutable and
 * thread-safe.
 *
 * @param value the identifier, with its {@code local:} prefix
 */
public record PartnerId(String value) implements Comparable<PartnerId> {

  /** The scheme's prefix. */
  public static final String PREFIX = "local:";

  /** The longest identifier, prefix included. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern FORMAT = Pattern.compile("local:[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Checks the identifier's form ({@code partner.id}).
   *
   * @param value the identifier
   */
  public PartnerId {
    Problems problems = Problems.collector();
    if (problems.required(value)) {
      problems.check(
          value.length() <= MAX_LENGTH && FORMAT.matcher(value).matches(),
          "partner.id",
          "'"
              + value
              + "' is not a local partner identifier: 'local:' then lower-case letters, digits and single hyphens, at most "
              + MAX_LENGTH
              + " characters");
    }
    problems.throwIfAny();
  }

  /**
   * {@return whether text has the form of a local identifier}
   *
   * @param text any text
   */
  public static boolean matches(String text) {
    return text.length() <= MAX_LENGTH && FORMAT.matcher(text).matches();
  }

  @Override
  public int compareTo(PartnerId other) {
    return value.compareTo(other.value);
  }

  /** {@return the identifier} */
  @Override
  public String toString() {
    return value;
  }
}
