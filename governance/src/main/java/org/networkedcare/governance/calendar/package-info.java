/** The bank-holiday calendar of England and Wales and working-day deadlines. */
package org.networkedcare.governance.calendar;
