/**
 * Writing results so that nothing half-written is ever left under a final name.
 *
 * <p>{@link org.networkedcare.core.output.OutputFile} writes one file and {@link
 * org.networkedcare.core.output.OutputFolder} a set of files in one folder: each file is written to
 * a new temporary file beside its final name, forced to the storage device, and renamed over the
 * final name ({@link java.nio.file.StandardCopyOption#ATOMIC_MOVE}) only when every file of the set
 * is complete. A failed or interrupted run leaves every final name as it was. {@link
 * org.networkedcare.core.output.CsvTable} writes CSV through one set of rules (RFC 4180 quoting,
 * formula-leading text neutralised, every row the header's width).
 */
package org.networkedcare.core.output;
