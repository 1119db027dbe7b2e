package dev.annexkit.mock.domain.group;

import java.time.Instant;

/** One member of a group. */
public record GroupMembership(String memberId, GroupRole role, Instant joinedAt) {
}
