/**
 * Members: the stored member and its {@code Profile}, enrolment, patches, search, bulk changes, queued deletions
 * and merges; façade {@code Members} (single-member calls go through {@code LoyaltyProgram}), stored in
 * {@code MemberRegistry}. Reads the program state through {@code MemberContext}.
 */
package dev.annexkit.mock.domain.member;
