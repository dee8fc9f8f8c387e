/**
 * JSON, core's one wire package: the hardened configuration for reading and writing, field-by-field
 * readers that report every missing, mistyped or unknown field with its path, and the codecs of
 * core's values and documents, one per domain package ({@code ValueJson}, {@code OrganisationJson},
 * {@code MeasureJson}, {@code NetworkJson}, {@code ReferenceJson}). The domain types know nothing
 * of JSON.
 */
package org.networkedcare.core.json;
