/**
 * Governance's reference data: versioned JSON files with defaults a user may replace ({@link
 * org.networkedcare.governance.reference.GovernanceReference}).
 */
package org.networkedcare.governance.reference;
