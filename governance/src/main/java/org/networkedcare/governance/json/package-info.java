/**
 * The JSON forms of governance's documents and values: one codec per domain package (for example
 * {@link org.networkedcare.governance.json.AssuranceJson} for the governance document). The domain
 * types know nothing of JSON; a reader records each problem at its JSON pointer and returns empty,
 * a writer returns a new tree.
 */
package org.networkedcare.governance.json;
