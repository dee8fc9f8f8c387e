package org.networkedcare.examples.cli;

/**
 * A subcommand that another module adds to {@code networkedcare}: an implementation annotated with
 * picocli's {@code @Command} and named in {@code META-INF/services}, found with {@link
 * java.util.ServiceLoader} when the command line starts (the HTTP service adds {@code serve} this
 * way, so that this module needs no server library).
 */
public interface AddedCommand {}
