/** JMH benchmarks; run with {@code java -cp examples/target/networkedcare.jar org.openjdk.jmh.Main}. */
package org.networkedcare.examples.bench;
