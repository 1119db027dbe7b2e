package dev.annexkit.mock.domain.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Enrolment request, as POST /users carries it. Only {@code id} is required; null fields take the API's
 * defaults (opt-in YES at enrolment time, status ACTIVE, no tags or extended attributes).
 */
public record NewMember(
        String id,
        String email,
        String firstName,
        String lastName,
        String phone,
        String zipCode,
        LocalDate birthDate,
        LocalDate anniversaryDate,
        OptInStatus optInStatus,
        Instant optInDate,
        MemberStatus status,
        Set<String> tags,
        Map<String, String> extendedAttributes) {

    /** A request with just an id and an email; use the {@code with…} methods for the rest. */
    /** A new member with this id and the profile fields of {@code profile} (absent fields stay absent). */
    public static NewMember from(String id, MemberPatch profile) {
        return new NewMember(id, profile.email(), profile.firstName(), profile.lastName(), profile.phone(),
                profile.zipCode(), profile.birthDate(), profile.anniversaryDate(), profile.optInStatus(),
                profile.optInDate(), profile.status(), profile.tags(), profile.extendedAttributes());
    }

    public static NewMember of(String id, String email) {
        return new NewMember(id, email, null, null, null, null, null, null, null, null, null, null, null);
    }

    public NewMember withName(String first, String last) {
        return new NewMember(id, email, first, last, phone, zipCode, birthDate, anniversaryDate, optInStatus,
                optInDate, status, tags, extendedAttributes);
    }

    public NewMember withPhone(String newPhone) {
        return new NewMember(id, email, firstName, lastName, newPhone, zipCode, birthDate, anniversaryDate,
                optInStatus, optInDate, status, tags, extendedAttributes);
    }

    public NewMember withOptIn(OptInStatus newStatus, Instant newDate) {
        return new NewMember(id, email, firstName, lastName, phone, zipCode, birthDate, anniversaryDate, newStatus,
                newDate, status, tags, extendedAttributes);
    }

    public NewMember withTags(Set<String> newTags) {
        return new NewMember(id, email, firstName, lastName, phone, zipCode, birthDate, anniversaryDate,
                optInStatus, optInDate, status, newTags, extendedAttributes);
    }

    public NewMember withExtendedAttributes(Map<String, String> attributes) {
        return new NewMember(id, email, firstName, lastName, phone, zipCode, birthDate, anniversaryDate,
                optInStatus, optInDate, status, tags, attributes);
    }
}
