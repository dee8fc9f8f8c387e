/**
 * Host agreements: parties, legal character, responsibilities, money flows, KPIs, term and exit.
 */
package org.networkedcare.governance.agreement;
