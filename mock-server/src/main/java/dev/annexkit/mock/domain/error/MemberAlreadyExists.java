package dev.annexkit.mock.domain.error;

/** Enrolment with an id that is already taken; ids are chosen by the client, so duplicates are a client error. */
public final class MemberAlreadyExists extends DomainException {

    public MemberAlreadyExists(String memberId) {
        super("Member already exists: " + memberId);
    }
}
