package dev.annexkit.mock.domain.error;

/** The group's configuration lets only its owner spend the group's points. */
public final class GroupRedemptionNotAllowed extends DomainException {

    public GroupRedemptionNotAllowed(String memberId, String groupId) {
        super("Member " + memberId + " may not spend the points of group " + groupId + ": only its owner may");
    }
}
