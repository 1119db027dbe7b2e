package dev.annexkit.mock.domain.error;

/** No member is enrolled under the given id (ids are case-sensitive). */
public final class MemberNotFound extends DomainException {

    public MemberNotFound(String memberId) {
        super("Member not found: " + memberId);
    }
}
