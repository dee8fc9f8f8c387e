/** Measures: what a network measures, in what unit, of what kind, and which way is better. */
package org.networkedcare.core.measure;
