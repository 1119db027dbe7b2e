package dev.annexkit.mock.domain.error;

/** A reward assignment was asked to move to a status its transition table does not allow. */
public final class IllegalAssignmentTransition extends DomainException {

    public IllegalAssignmentTransition(String assignId, String from, String to) {
        super("Reward assignment " + assignId + " cannot move from " + from + " to " + to);
    }
}
