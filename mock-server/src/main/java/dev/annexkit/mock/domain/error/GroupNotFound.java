package dev.annexkit.mock.domain.error;

/** No group has the given id. */
public final class GroupNotFound extends DomainException {

    public GroupNotFound(String groupId) {
        super("Group not found: " + groupId);
    }
}
