/**
 * Reference data: the versioned JSON data files the library ships as defaults ({@code ods-frames},
 * {@code health-service-body-roles}, {@code network-types}, {@code network-roles}, {@code
 * organisational-forms}), read into {@link org.networkedcare.core.reference.ReferenceData}, which a
 * user may replace whole or in part. Never Java enums: the NHS changes these lists.
 */
package org.networkedcare.core.reference;
