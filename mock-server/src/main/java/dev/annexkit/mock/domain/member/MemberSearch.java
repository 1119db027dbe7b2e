package dev.annexkit.mock.domain.member;

import java.time.Instant;

/**
 * Filters of POST /users/search ({@code dataSearch}). Null fields do not filter. String filters containing
 * {@code %} are SQL-LIKE patterns matched case-insensitively; without {@code %} they must match exactly.
 * The opt-in range is inclusive at both ends.
 */
public record MemberSearch(
        String userId,
        String email,
        String firstName,
        String lastName,
        OptInStatus optInStatus,
        String phone,
        Instant optInStartDate,
        Instant optInEndDate) {

    /** Matches everyone (up to the result cap). */
    public static MemberSearch all() {
        return new MemberSearch(null, null, null, null, null, null, null, null);
    }

    public static MemberSearch byFirstName(String pattern) {
        return new MemberSearch(null, null, pattern, null, null, null, null, null);
    }

    public static MemberSearch byEmail(String pattern) {
        return new MemberSearch(null, pattern, null, null, null, null, null, null);
    }
}
