package org.networkedcare.examples.cli;

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
}
