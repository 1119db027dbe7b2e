/**
 * Domain exceptions, one per broken rule, all {@code DomainException}s. They span the concepts (a rule of one area
 * is often checked by another, e.g. {@code InsufficientPoints}), so they live together; the adapter maps them
 * to {@code errorCode} and HTTP status in one place.
 */
package dev.annexkit.mock.domain.error;
