/** The example evaluation of a network of real A&amp;E providers. Not a published API. */
package org.networkedcare.examples;
