/**
 * Validation: every problem of an input at once, each with a JSON-pointer path, a stable code and a
 * message, carried by one unchecked exception.
 */
package org.networkedcare.core.validation;
