/** Disputes under agreements and the stages of their routes. */
package org.networkedcare.governance.dispute;
