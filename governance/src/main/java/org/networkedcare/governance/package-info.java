/**
 * Governance of networked care: host agreements, escalation, risks, incidents, disputes, shared
 * purchasing and the assurance decision engine. {@link org.networkedcare.governance.Actor} is who
 * must act.
 */
package org.networkedcare.governance;
