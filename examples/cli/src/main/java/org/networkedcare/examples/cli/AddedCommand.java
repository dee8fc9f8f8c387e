package org.networkedcare.examples.cli;

/**
 * A subcommand that another module adds to {@code networkedcare}: an implementation named in {@code
 * META-INF/services}, with a public no-argument constructor, found with {@link
 * java.util.ServiceLoader} when the command line needs more than a built-in subcommand (the HTTP
 * service adds {@code serve} this way, so that this module needs no server library).
 */
public interface AddedCommand {

  /** {@return the subcommand's syntax, which makes the command to run} */
  CommandSyntax syntax();
}
