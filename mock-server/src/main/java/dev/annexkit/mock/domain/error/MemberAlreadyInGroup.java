package dev.annexkit.mock.domain.error;

/** A member belongs to at most one group. */
public final class MemberAlreadyInGroup extends DomainException {

    public MemberAlreadyInGroup(String memberId, String groupId) {
        super("Member " + memberId + " already belongs to group " + groupId);
    }
}
