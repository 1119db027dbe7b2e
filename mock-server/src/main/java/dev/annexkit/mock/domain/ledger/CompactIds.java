package dev.annexkit.mock.domain.ledger;

import java.util.UUID;

/**
 * Canonical UUID text ({@code 550e8400-e29b-41d4-a716-446655440000}: 36 characters, lower-case hex, hyphens at
 * 8, 13, 18 and 23) as two longs and back: 16 bytes instead of a 36-character string. Only that exact shape
 * is compact, because it is the only one {@link UUID#toString()} gives back unchanged; any other id (upper
 * case, no hyphens, free text) is kept as the string it is.
 */
final class CompactIds {

    private CompactIds() {
    }

    static boolean isCanonical(String id) {
        if (id.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = id.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The first 64 bits of a canonical id ({@link UUID#getMostSignificantBits()}). */
    static long high(String canonical) {
        return hex(canonical, 0, 8) << 32 | hex(canonical, 9, 13) << 16 | hex(canonical, 14, 18);
    }

    /** The last 64 bits of a canonical id ({@link UUID#getLeastSignificantBits()}). */
    static long low(String canonical) {
        return hex(canonical, 19, 23) << 48 | hex(canonical, 24, 36);
    }

    static String text(long high, long low) {
        return new UUID(high, low).toString();
    }

    private static long hex(String s, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value << 4 | Character.digit(s.charAt(i), 16);
        }
        return value;
    }
}
