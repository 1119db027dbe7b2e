package dev.annexkit.mock.domain.error;

/** A merge names a member who has not opted in to the program; both members of a merge must have. */
public final class MemberNotOptedIn extends DomainException {

    public MemberNotOptedIn(String field, String memberId) {
        super("Member " + memberId + " (" + field + ") has not opted in; only opted-in members can be merged");
    }
}
