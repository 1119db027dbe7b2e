package dev.annexkit.mock.domain.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A member's profile fields, listed once: what an enrolment brings ({@link NewMember}), what a patch changes
 * ({@link MemberPatch}) and what a stored {@link Member} holds besides its id and timestamps. In a request a
 * null field means "not given"; the stored member carries the defaults the registry filled in.
 *
 * @param tags               free labels used by reward eligibility rules ({@code tags} attribute)
 * @param extendedAttributes site-configured profile fields ({@code extendedAttribute} in the API)
 */
public record Profile(
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

    /** A profile with nothing given. */
    public static Profile empty() {
        return new Profile(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** This profile with every field {@code changes} gives (non-null) replacing this one's. */
    public Profile updatedWith(Profile changes) {
        return new Profile(
                or(changes.email, email),
                or(changes.firstName, firstName),
                or(changes.lastName, lastName),
                or(changes.phone, phone),
                or(changes.zipCode, zipCode),
                or(changes.birthDate, birthDate),
                or(changes.anniversaryDate, anniversaryDate),
                or(changes.optInStatus, optInStatus),
                or(changes.optInDate, optInDate),
                or(changes.status, status),
                or(changes.tags, tags),
                or(changes.extendedAttributes, extendedAttributes));
    }

    public Profile withEmail(String value) {
        return new Profile(value, firstName, lastName, phone, zipCode, birthDate, anniversaryDate, optInStatus,
                optInDate, status, tags, extendedAttributes);
    }

    public Profile withName(String first, String last) {
        return new Profile(email, first, last, phone, zipCode, birthDate, anniversaryDate, optInStatus,
                optInDate, status, tags, extendedAttributes);
    }

    public Profile withPhone(String value) {
        return new Profile(email, firstName, lastName, value, zipCode, birthDate, anniversaryDate, optInStatus,
                optInDate, status, tags, extendedAttributes);
    }

    public Profile withOptIn(OptInStatus value, Instant date) {
        return new Profile(email, firstName, lastName, phone, zipCode, birthDate, anniversaryDate, value,
                date, status, tags, extendedAttributes);
    }

    public Profile withStatus(MemberStatus value) {
        return new Profile(email, firstName, lastName, phone, zipCode, birthDate, anniversaryDate, optInStatus,
                optInDate, value, tags, extendedAttributes);
    }

    public Profile withTags(Set<String> value) {
        return new Profile(email, firstName, lastName, phone, zipCode, birthDate, anniversaryDate, optInStatus,
                optInDate, status, value, extendedAttributes);
    }

    public Profile withExtendedAttributes(Map<String, String> value) {
        return new Profile(email, firstName, lastName, phone, zipCode, birthDate, anniversaryDate, optInStatus,
                optInDate, status, tags, value);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
