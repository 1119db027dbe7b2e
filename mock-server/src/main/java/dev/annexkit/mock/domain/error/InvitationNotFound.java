package dev.annexkit.mock.domain.error;

/** The member has no pending invitation to the group. */
public final class InvitationNotFound extends DomainException {

    public InvitationNotFound(String memberId, String groupId) {
        super("No pending invitation of member " + memberId + " to group " + groupId);
    }
}
