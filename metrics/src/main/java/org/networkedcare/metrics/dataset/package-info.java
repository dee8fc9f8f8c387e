/**
 * The measure dataset: a network's own data, one long table that feeds governance, SPC, funnels and
 * realised benefits (docs/dataset.md). Columns {@code period,organisation,site,service,measure,
 * numerator,denominator,value}: a period is a month {@code 2024-06}, an NHS financial quarter
 * {@code 2024/25-Q1} or a financial year {@code 2024/25}; the measure's kind in the network
 * document decides the columns (proportions and rates give a numerator and a denominator, counts
 * and continuous measures a value). {@link org.networkedcare.metrics.dataset.MeasureDatasets} reads
 * the CSV and JSON forms, {@link org.networkedcare.metrics.dataset.MeasureDataset} holds the
 * checked rows and their aggregation up the network (site, organisation, network: numerators and
 * denominators summed, never ratios averaged).
 */
package org.networkedcare.metrics.dataset;
