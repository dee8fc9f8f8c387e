package org.networkedcare.core.validation;

import java.util.Objects;

/**
 * One thing wrong with an input: where it is, a stable machine code, and a readable message.
 *
 * <p>The path is a JSON pointer (RFC 6901) from the root of the document or value being checked,
 * such as {@code /network/memberships/2/organisation}; the empty string means the whole document.
 * Codes are stable across releases (for example {@code required}, {@code unknown-field}, {@code
 * membership.overlap}), so that programs can act on them; messages are for people.
 *
 * @param path JSON pointer to the offending field, {@code ""} for the whole input
 * @param code stable machine code
 * @param message one readable sentence
 */
public record Problem(String path, String code, String message) {

  /**
   * Checks the parts; a problem with no path, code or message is a programming error.
   *
   * @param path JSON pointer to the offending field, {@code ""} for the whole input
   * @param code stable machine code
   * @param message one readable sentence
   */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (!path.isEmpty() && !path.startsWith("/")) {
      throw new IllegalArgumentException("a JSON pointer is empty or starts with '/': " + path);
    }
    if (code.isBlank()) {
      throw new IllegalArgumentException("a problem code is not blank");
    }
  }

  /**
   * {@return this problem moved under a parent pointer} Used when a value that validated itself
   * with paths relative to itself sits inside a larger document.
   *
   * @param prefix the parent's JSON pointer, {@code ""} or starting with {@code /}
   */
  public Problem under(String prefix) {
    return new Problem(prefix + path, code, message);
  }

  /**
   * {@return one reference token of a JSON pointer, escaped as RFC 6901 requires} ({@code ~}
   * becomes {@code ~0} and {@code /} becomes {@code ~1}), with its leading slash.
   *
   * @param token a field name or an array index
   */
  public static String token(String token) {
    return "/" + token.replace("~", "~0").replace("/", "~1");
  }

  /** {@return the problem as one line: path, message and code} */
  @Override
  public String toString() {
    return (path.isEmpty() ? "(document)" : path) + ": " + message + " [" + code + "]";
  }
}
