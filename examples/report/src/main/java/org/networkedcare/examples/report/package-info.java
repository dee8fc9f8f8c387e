/**
 * The board pack: one evaluation of a network (governance, SPC, appraisal and probabilistic
 * analysis) rendered as a single self-contained HTML page with static SVG charts, with the same
 * numbers written beside it as JSON and CSV (docs/board-pack.md).
 */
package org.networkedcare.examples.report;
