package dev.annexkit.mock.domain.error;

/** Only the group's owner may change the group or bring members in. */
public final class NotGroupOwner extends DomainException {

    public NotGroupOwner(String memberId, String groupId) {
        super("Member " + memberId + " is not the owner of group " + groupId);
    }
}
