package dev.annexkit.mock.domain.error;

/** No assignment with this id exists for the given reward and member. */
public final class AssignmentNotFound extends DomainException {

    public AssignmentNotFound(String assignId) {
        super("Reward assignment not found: " + assignId);
    }
}
