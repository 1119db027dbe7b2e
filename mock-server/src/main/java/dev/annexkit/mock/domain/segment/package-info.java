/**
 * Segments: named member audiences defined by criteria over profile, points and earned actions; façade
 * {@code Segments}, stored in {@code SegmentBook}, membership decided by {@code SegmentRules}.
 * Reads the program state through {@code SegmentContext}.
 */
package dev.annexkit.mock.domain.segment;
