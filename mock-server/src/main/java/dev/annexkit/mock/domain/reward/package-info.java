/**
 * Rewards: Rewards V2 definitions, eligibility rules, coupon pools, assignments and their status table, and the
 * v1 member catalogue ({@code MemberRewards}); handing out and moving assignments is {@code RewardHandouts}.
 * Reads the program state through {@code RewardContext}; definitions and assignments through {@code LoyaltyProgram}.
 */
package dev.annexkit.mock.domain.reward;
