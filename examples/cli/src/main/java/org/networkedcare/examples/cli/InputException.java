package org.networkedcare.examples.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

/**
 * A command's input cannot be used (a file that cannot be read, a malformed CSV cell): the command
 * prints the message on one line and exits with code 1.
 */
final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }

  InputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The problems of invalid input on one line: the first three messages, and how many more there are. */
  static InputException oneLine(ValidationException e, String prefix) {
    List<Problem> problems = e.problems();
    String text = problems.stream().limit(3).map(Problem::message).collect(Collectors.joining("; "));
    if (problems.size() > 3) {
      text += "; and " + (problems.size() - 3) + " more";
    }
    return new InputException(prefix + text, e);
  }
}
