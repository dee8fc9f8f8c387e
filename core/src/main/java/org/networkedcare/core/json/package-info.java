/**
 * JSON: the one hardened configuration for reading and writing, and field-by-field readers that
 * report every missing, mistyped or unknown field with its path.
 */
package org.networkedcare.core.json;
