package dev.annexkit.mock.domain.segment;

import dev.annexkit.mock.domain.member.Member;
import dev.annexkit.mock.domain.member.MemberRegistry;
import java.time.Instant;

/**
 * What segments may see and change of the program: the one program state, narrowed to what this area needs, so the
 * area depends on no more of it. Implemented by the program state; only ever called while the program lock is held.
 */
public interface SegmentContext {

    /** The program's current instant. */
    Instant now();

    /** What segment rules may look at for this member, right now. */
    SegmentFacts segmentFacts(Member member, Instant now);

    /** The enrolled members. */
    MemberRegistry members();

    /** The segments. */
    SegmentBook segments();
}
