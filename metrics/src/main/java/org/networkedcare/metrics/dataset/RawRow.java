package org.networkedcare.metrics.dataset;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * One row as a reader found it, before the network document is consulted: text cells (empty when
 * absent) and the numbers that could be read. {@code unreadable} names the columns whose problem
 * the reader has already reported, so that the rules do not report them again.
 */
record RawRow(
    String period,
    String organisation,
    String site,
    String service,
    String measure,
    Optional<BigDecimal> numerator,
    Optional<BigDecimal> denominator,
    Optional<BigDecimal> value,
    Set<String> unreadable) {}
