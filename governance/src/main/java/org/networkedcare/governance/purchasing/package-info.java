/** Shared equipment moved between sites; consortia are in {@code org.networkedcare.metrics.purchasing}. */
package org.networkedcare.governance.purchasing;
