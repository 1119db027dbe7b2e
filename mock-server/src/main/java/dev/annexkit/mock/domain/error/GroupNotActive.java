package dev.annexkit.mock.domain.error;

/** The group is INACTIVE or dissolved, so it takes no members, changes or points movements. */
public final class GroupNotActive extends DomainException {

    public GroupNotActive(String groupId, String status) {
        super("Group " + groupId + " is " + status);
    }
}
