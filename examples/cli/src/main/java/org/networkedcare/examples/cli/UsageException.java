package org.networkedcare.examples.cli;

/**
 * A command line that does not say what its command needs: an unknown option or subcommand, a
 * missing or malformed value, options that do not go together. The command line prints {@code
 * networkedcare: MESSAGE} and {@code Try 'COMMAND --help'.} and exits 2.
 */
public final class UsageException extends RuntimeException {

  @java.io.Serial private static final long serialVersionUID = 1L;

  /** The command whose help to try. */
  private final String command;

  /**
   * Creates the exception.
   *
   * @param command the command whose help to try, as typed ({@code networkedcare spc})
   * @param message what is wrong, in words the person can act on
   */
  public UsageException(String command, String message) {
    super(message);
    this.command = command;
  }

  /** {@return the command whose help to try, as typed ({@code networkedcare spc})} */
  public String command() {
    return command;
  }
}
