/**
 * Reading inputs within limits counted while reading: bytes from any stream (a file, a FIFO, {@code
 * /dev/zero}, a socket), never trusting a size reported beforehand, and the limits every CSV reader
 * of the library applies.
 */
package org.networkedcare.core.input;
