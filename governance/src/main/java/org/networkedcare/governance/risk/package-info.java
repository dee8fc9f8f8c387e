/** The risk register on a configurable 5 x 5 matrix. */
package org.networkedcare.governance.risk;
