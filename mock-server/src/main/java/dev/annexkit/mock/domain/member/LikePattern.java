package dev.annexkit.mock.domain.member;

import java.util.List;
import java.util.Locale;

/**
 * The subset of SQL {@code LIKE} that Annex Cloud's member search documents: {@code %} matches any run of
 * characters. Patterns with a wildcard compare case-insensitively (as MySQL's default collation does); plain
 * strings must be equal.
 *
 * <p>Matched without regular expressions, in time linear in the value for a given pattern: the literal pieces
 * between the {@code %}s are found left to right, each at its first place after the previous one. Taking the
 * first place is always right when {@code %} is the only wildcard (a later place would only leave less room for
 * the rest), so there is nothing to backtrack over. A regex translation ({@code .*} per {@code %}) backtracks
 * exponentially on patterns like {@code %a%a%a%a%a%b}, and the search runs under the program's lock.
 */
final class LikePattern {

    private final String raw;
    private final List<String> pieces;

    private LikePattern(String raw) {
        this.raw = raw;
        this.pieces = raw.contains("%") ? List.of(raw.toLowerCase(Locale.ROOT).split("%", -1)) : null;
    }

    static LikePattern of(String raw) {
        return new LikePattern(raw);
    }

    boolean matches(String value) {
        if (value == null) {
            return false;
        }
        if (pieces == null) {
            return raw.equals(value);
        }
        String text = value.toLowerCase(Locale.ROOT);
        String first = pieces.get(0);
        String last = pieces.get(pieces.size() - 1);
        // pieces has at least two entries: the text before the first % and after the last one
        if (!text.startsWith(first)) {
            return false;
        }
        int from = first.length();
        int end = text.length() - last.length();
        if (end < from || !text.endsWith(last)) {
            return false;
        }
        for (int i = 1; i < pieces.size() - 1; i++) {
            String piece = pieces.get(i);
            int at = text.indexOf(piece, from);
            if (at < 0 || at + piece.length() > end) {
                return false;
            }
            from = at + piece.length();
        }
        return true;
    }
}
