/**
 * The network as an organisation: its posts and the people who hold them (network manager, clinical
 * lead, boundary spanners, patient and public voice and lay members), its bodies (the board and
 * committees) with their terms of reference and the meetings they hold, its register of standards
 * and guidance with each site's adoption (the IMPRESS grid), the learning it spreads to sites, and
 * its training and audit schedules. Values are immutable and thread-safe; JSON is read with every
 * problem at once.
 */
package org.networkedcare.governance.structure;
