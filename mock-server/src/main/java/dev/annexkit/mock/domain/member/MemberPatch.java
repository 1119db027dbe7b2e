package dev.annexkit.mock.domain.member;

import java.util.Map;
import java.util.Set;

/**
 * Partial update, as PATCH /users/{id} carries it: every non-null profile field replaces the stored value, null
 * fields are left alone. The member id is deliberately absent: it cannot change.
 *
 * @param changes the profile fields to change; null means none
 */
public record MemberPatch(Profile changes) {

    public MemberPatch {
        changes = changes == null ? Profile.empty() : changes;
    }

    /** A patch that changes nothing; start here and use the {@code with…} methods. */
    public static MemberPatch none() {
        return new MemberPatch(Profile.empty());
    }

    public MemberPatch withEmail(String value) {
        return new MemberPatch(changes.withEmail(value));
    }

    public MemberPatch withFirstName(String value) {
        return new MemberPatch(changes.withName(value, changes.lastName()));
    }

    public MemberPatch withStatus(MemberStatus value) {
        return new MemberPatch(changes.withStatus(value));
    }

    public MemberPatch withTags(Set<String> value) {
        return new MemberPatch(changes.withTags(value));
    }

    public MemberPatch withExtendedAttributes(Map<String, String> value) {
        return new MemberPatch(changes.withExtendedAttributes(value));
    }
}
