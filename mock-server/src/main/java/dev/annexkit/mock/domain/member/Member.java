package dev.annexkit.mock.domain.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A loyalty program member as stored: an immutable snapshot, replaced as a whole on every change. Its profile
 * fields are a {@link Profile} ({@link #of}, {@link #profile()}); they stay spelled out as components here
 * because this record is also the shape of a member in the state export, which saved state files rely on.
 *
 * @param id                 chosen by the client, often an email address; case-sensitive and never changes
 * @param tags               free labels used by reward eligibility rules ({@code tags} attribute)
 * @param extendedAttributes site-configured profile fields ({@code extendedAttribute} in the API); also usable
 *                           by eligibility rules under their own name
 * @param createdAt          enrolment instant; eligibility rules call it {@code enrollment_date}
 */
public record Member(
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
        Map<String, String> extendedAttributes,
        Instant createdAt,
        Instant updatedAt) {

    public Member {
        // Values arrive from JSON; a null tag or attribute value carries no information, so it is dropped.
        tags = tags == null ? Set.of() : tags.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        extendedAttributes = extendedAttributes == null ? Map.of() : extendedAttributes.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A stored member with this id, profile and timestamps. */
    public static Member of(String id, Profile profile, Instant createdAt, Instant updatedAt) {
        return new Member(id, profile.email(), profile.firstName(), profile.lastName(), profile.phone(),
                profile.zipCode(), profile.birthDate(), profile.anniversaryDate(), profile.optInStatus(),
                profile.optInDate(), profile.status(), profile.tags(), profile.extendedAttributes(), createdAt,
                updatedAt);
    }

    /** The member's profile fields. */
    public Profile profile() {
        return new Profile(email, firstName, lastName, phone, zipCode, birthDate, anniversaryDate, optInStatus,
                optInDate, status, tags, extendedAttributes);
    }
}
