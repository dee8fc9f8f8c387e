/**
 * Statistical process control as NHS England's "Making Data Count" does it: XmR charts matching the
 * R package NHSRplotthedots 0.2.2 except for documented decisions, and g, t, p, p', u and u' charts
 * ({@link org.networkedcare.metrics.spc.ChartType}) with the limits of the R package qicharts2
 * 0.8.1 and the same rules and icons. Start at {@link org.networkedcare.metrics.spc.Spc}; series
 * are built with {@link org.networkedcare.metrics.spc.SpcSeries#builder(String)} (or, for rare
 * events, {@link org.networkedcare.metrics.spc.SpcSeries#daysBetween}) or read from CSV with {@link
 * org.networkedcare.metrics.spc.SpcCsv}.
 */
package org.networkedcare.metrics.spc;
