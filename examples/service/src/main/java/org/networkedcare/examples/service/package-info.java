/**
 * The HTTP service, {@code networkedcare serve}: the command's calculators and the board pack over
 * HTTP on Jetty 12 (README "HTTP service"). Not a published API.
 */
package org.networkedcare.examples.service;
