package dev.annexkit.mock.domain.error;

/** The member, or their e-mail domain, is on the blocklist: they can neither earn nor redeem. */
public final class MemberBlocklisted extends DomainException {

    public MemberBlocklisted(String memberId, String reason) {
        super("Member " + memberId + " is blocklisted (" + reason + "): points cannot be earned or redeemed");
    }
}
