/** Incidents under the Patient Safety Incident Response Framework and their learning actions. */
package org.networkedcare.governance.incident;
