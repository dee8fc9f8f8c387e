/** Real public NHS data used by the examples: loaders for the shipped CSV files. */
package org.networkedcare.examples.data;
