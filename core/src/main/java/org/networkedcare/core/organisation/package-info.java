/**
 * Organisations, sites and services: ODS codes and the frames they fit, organisations with their
 * roles, dates and successors, the sites they manage, and which organisation provides which service
 * at which site when.
 */
package org.networkedcare.core.organisation;
