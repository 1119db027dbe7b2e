package dev.annexkit.mock.domain.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A loyalty program member as stored: an immutable snapshot, replaced as a whole on every change.
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
        tags = Set.copyOf(tags);
        extendedAttributes = Map.copyOf(extendedAttributes);
    }
}
