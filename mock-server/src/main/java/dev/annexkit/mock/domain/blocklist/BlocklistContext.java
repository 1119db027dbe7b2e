package dev.annexkit.mock.domain.blocklist;

import dev.annexkit.mock.domain.member.MemberRegistry;
import java.time.Instant;

/**
 * What the blocklist may see and change of the program: the one program state, narrowed to what this area needs, so
 * the area depends on no more of it. Implemented by the program state; only ever called while the program lock is
 * held.
 */
public interface BlocklistContext {

    /** The program's current instant. */
    Instant now();

    /** The blocked member ids and e-mail domains. */
    BlocklistBook blocklist();

    /** The enrolled members. */
    MemberRegistry members();
}
