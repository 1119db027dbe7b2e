package dev.annexkit.mock.domain.error;

/** The member does not belong to the group the points movement needs (or to any group, when none is named). */
public final class NotGroupMember extends DomainException {

    public NotGroupMember(String memberId, String groupId) {
        super("Member " + memberId + " does not belong to " + (groupId == null ? "any group" : "group " + groupId));
    }
}
