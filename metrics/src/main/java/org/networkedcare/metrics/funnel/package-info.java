/**
 * Funnel plots for comparing sites with each other (Spiegelhalter 2005), with over-dispersion
 * handled as NHS indicator teams do (SHMI truncation, winsorisation, multiplicative phi, additive
 * DerSimonian-Laird tau2), matching the R package FunnelPlotR 0.6.0 except for documented
 * decisions. Start at {@link org.networkedcare.metrics.funnel.Funnel#analyse(java.util.List,
 * org.networkedcare.metrics.funnel.FunnelOptions)}; read sites from CSV with {@link
 * org.networkedcare.metrics.funnel.FunnelCsv} and draw the chart with {@link
 * org.networkedcare.metrics.funnel.FunnelSvg}.
 */
package org.networkedcare.metrics.funnel;
