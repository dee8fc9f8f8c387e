/**
 * Networks: their types, memberships (history, never edited, never overlapping), organisational
 * forms after the Dalton review, and the network document that holds a network with the
 * organisations, sites, services, provisions and measures it refers to.
 */
package org.networkedcare.core.network;
