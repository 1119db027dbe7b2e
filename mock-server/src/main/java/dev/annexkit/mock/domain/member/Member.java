package dev.annexkit.mock.domain.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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
        // Values arrive from JSON; a null tag or attribute value carries no information, so it is dropped.
        tags = tags == null ? Set.of() : tags.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        extendedAttributes = extendedAttributes == null ? Map.of() : extendedAttributes.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
