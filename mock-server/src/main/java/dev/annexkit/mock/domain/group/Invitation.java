package dev.annexkit.mock.domain.group;

import java.time.Instant;

/** An invitation of one member into one group. */
public record Invitation(String groupId, String memberId, String invitedBy, GroupRole role, InvitationStatus status,
                         Instant invitedAt) {

    public Invitation answered(InvitationStatus answer) {
        return new Invitation(groupId, memberId, invitedBy, role, answer, invitedAt);
    }
}
