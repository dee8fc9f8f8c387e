/** Escalation routes and levels, failure triggers and red lines, and working-day deadlines. */
package org.networkedcare.governance.escalation;
