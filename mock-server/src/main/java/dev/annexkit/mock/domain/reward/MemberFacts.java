package dev.annexkit.mock.domain.reward;

import dev.annexkit.mock.domain.member.Member;

/**
 * Everything eligibility rules can look at, gathered by the program before evaluation so the evaluator
 * stays a pure function of its inputs.
 *
 * @param tierName current tier name, or null when the member has no tier
 */
public record MemberFacts(Member member, long availablePoints, long lifetimePoints, String tierName) {
}
