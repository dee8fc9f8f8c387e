/** Shared purchasing: consortia, tiered prices, opt-out surcharges, and shared equipment. */
package org.networkedcare.governance.purchasing;
