package dev.annexkit.mock.domain.member;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Enrolment request, as POST /users carries it. Only {@code id} is required; profile fields left null take the
 * API's defaults (opt-in YES at enrolment time, status ACTIVE, no tags or extended attributes).
 *
 * @param profile the given profile fields; null means none
 */
public record NewMember(String id, Profile profile) {

    public NewMember {
        profile = profile == null ? Profile.empty() : profile;
    }

    /** A new member with this id and the profile fields of {@code profile} (absent fields stay absent). */
    public static NewMember from(String id, MemberPatch profile) {
        return new NewMember(id, profile.changes());
    }

    /** A request with just an id and an email; use the {@code with…} methods for the rest. */
    public static NewMember of(String id, String email) {
        return new NewMember(id, Profile.empty().withEmail(email));
    }

    public NewMember withName(String first, String last) {
        return new NewMember(id, profile.withName(first, last));
    }

    public NewMember withPhone(String newPhone) {
        return new NewMember(id, profile.withPhone(newPhone));
    }

    public NewMember withOptIn(OptInStatus newStatus, Instant newDate) {
        return new NewMember(id, profile.withOptIn(newStatus, newDate));
    }

    public NewMember withTags(Set<String> newTags) {
        return new NewMember(id, profile.withTags(newTags));
    }

    public NewMember withExtendedAttributes(Map<String, String> attributes) {
        return new NewMember(id, profile.withExtendedAttributes(attributes));
    }
}
