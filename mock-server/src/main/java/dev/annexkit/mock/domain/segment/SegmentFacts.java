package dev.annexkit.mock.domain.segment;

import dev.annexkit.mock.domain.ledger.PointBalance;
import dev.annexkit.mock.domain.member.Member;
import java.util.Set;

/**
 * What segment rules can look at for one member, gathered by the program so {@link SegmentRules} stays pure.
 *
 * @param earnedActionIds        actions the member has earned points from at least once
 * @param completedActionSeries  action series the member has completed
 */
public record SegmentFacts(Member member, PointBalance balance, Set<Integer> earnedActionIds,
                           Set<Integer> completedActionSeries) {
}
