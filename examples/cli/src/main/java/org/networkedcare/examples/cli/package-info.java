/** The {@code networkedcare} command line: one class per subcommand. */
package org.networkedcare.examples.cli;
