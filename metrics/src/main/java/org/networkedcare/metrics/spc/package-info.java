/**
 * Statistical process control as NHS England's "Making Data Count" does it (XmR charts), matching
 * the R package NHSRplotthedots 0.2.2 except for documented decisions. Start at {@link
 * org.networkedcare.metrics.spc.Spc}; series are built with {@link
 * org.networkedcare.metrics.spc.SpcSeries#builder(String)} or read from CSV with {@link
 * org.networkedcare.metrics.spc.SpcCsv}.
 */
package org.networkedcare.metrics.spc;
