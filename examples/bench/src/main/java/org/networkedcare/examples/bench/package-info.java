/** JMH benchmarks and their inputs. Not a published API. */
package org.networkedcare.examples.bench;
