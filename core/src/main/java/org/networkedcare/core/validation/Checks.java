package org.networkedcare.core.validation;

import java.util.regex.Pattern;

/**
 * Checks shared by the value types: identifiers and names. Each records its problem at the
 * collector's current path and answers whether the value passed.
 */
public final class Checks {

  /** What an identifier looks like: a letter or digit, then letters, digits, '.', '_' or '-'. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Checks() {}

  /**
   * Checks an identifier: present and of the form {@link #ID} (code {@code id.format}).
   *
   * @param problems where to record, at the identifier's path
   * @param id the identifier, possibly {@code null}
   * @return whether the identifier is present and well formed
   */
  public static boolean id(Problems problems, String id) {
    return problems.required(id)
        && problems.check(
            ID.matcher(id).matches(),
            "id.format",
            "'"
                + id
                + "' is not an identifier: 1 to 64 letters, digits, '.', '_' or '-',"
                + " starting with a letter or digit");
  }

  /**
   * Checks a name: present and not blank (code {@code blank}).
   *
   * @param problems where to record, at the name's path
   * @param name the name, possibly {@code null}
   * @return whether the name is present and not blank
   */
  public static boolean name(Problems problems, String name) {
    return problems.required(name)
        && problems.check(!name.isBlank(), "blank", "a non-blank string is required");
  }
}
