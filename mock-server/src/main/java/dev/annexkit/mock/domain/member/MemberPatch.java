package dev.annexkit.mock.domain.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Partial update, as PATCH /users/{id} carries it: every non-null field replaces the stored value, null fields are
 * left alone. The member id is deliberately absent: it cannot change.
 */
public record MemberPatch(
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

    /** A patch that changes nothing; start here and use the {@code with…} methods. */
    public static MemberPatch none() {
        return new MemberPatch(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public MemberPatch withEmail(String value) {
        return new MemberPatch(value, firstName, lastName, phone, zipCode, birthDate, anniversaryDate, optInStatus,
                optInDate, status, tags, extendedAttributes);
    }

    public MemberPatch withFirstName(String value) {
        return new MemberPatch(email, value, lastName, phone, zipCode, birthDate, anniversaryDate, optInStatus,
                optInDate, status, tags, extendedAttributes);
    }

    public MemberPatch withStatus(MemberStatus value) {
        return new MemberPatch(email, firstName, lastName, phone, zipCode, birthDate, anniversaryDate, optInStatus,
                optInDate, value, tags, extendedAttributes);
    }

    public MemberPatch withTags(Set<String> value) {
        return new MemberPatch(email, firstName, lastName, phone, zipCode, birthDate, anniversaryDate, optInStatus,
                optInDate, status, value, extendedAttributes);
    }

    public MemberPatch withExtendedAttributes(Map<String, String> value) {
        return new MemberPatch(email, firstName, lastName, phone, zipCode, birthDate, anniversaryDate, optInStatus,
                optInDate, status, tags, value);
    }
}
