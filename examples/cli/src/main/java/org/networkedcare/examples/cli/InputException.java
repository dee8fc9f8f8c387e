package org.networkedcare.examples.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/**
 * A command's input cannot be used (a file that cannot be read, a malformed CSV cell): the command
 * prints the message, one line per problem, and exits with code 1.
 */
final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The lines to print, the message's first; never empty. */
  private final transient List<String> lines;

  /**
   * Whether the lines already say where each problem is (a file and line or pointer), so print them
   * as they are.
   */
  private final boolean placed;

  InputException(String message) {
    this(message, (Throwable) null);
  }

  InputException(String message, @Nullable Throwable cause) {
    super(message, cause);
    this.lines = List.of(message);
    this.placed = false;
  }

  private InputException(List<String> lines, boolean placed, @Nullable Throwable cause) {
    super(lines.get(0), cause);
    this.lines = List.copyOf(lines);
    this.placed = placed;
  }

  /** {@return whether the lines already name their place and are printed as they are} */
  boolean placed() {
    return placed;
  }

  /**
   * Problems already written with their places (such as {@code D.csv:12: numerator: ... [code]}),
   * one line each.
   */
  static InputException placed(List<String> lines, @Nullable Throwable cause) {
    return new InputException(lines, true, cause);
  }

  /** {@return the lines to print} */
  List<String> lines() {
    return lines;
  }

  /**
   * The problems of invalid input (a CSV file's, an option's), one line each: prefix, message and
   * code.
   */
  static InputException of(ValidationException e, String prefix) {
    List<Problem> problems = e.problems();
    return new InputException(
        problems.stream().map(p -> prefix + p.message() + " [" + p.code() + "]").toList(),
        false,
        e);
  }
}
