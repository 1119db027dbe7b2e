package dev.annexkit.mock.domain.member;

import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The subset of SQL {@code LIKE} that Annex Cloud's member search documents: {@code %} matches any run of
 * characters. Patterns with a wildcard compare case-insensitively (as MySQL's default collation does); plain
 * strings must be equal.
 */
final class LikePattern {

    private final String raw;
    private final Pattern regex;

    private LikePattern(String raw) {
        this.raw = raw;
        if (raw.contains("%")) {
            StringJoiner joined = new StringJoiner(".*");
            for (String part : raw.split("%", -1)) {
                joined.add(Pattern.quote(part.toLowerCase(Locale.ROOT)));
            }
            this.regex = Pattern.compile(joined.toString(), Pattern.DOTALL);
        } else {
            this.regex = null;
        }
    }

    static LikePattern of(String raw) {
        return new LikePattern(raw);
    }

    boolean matches(String value) {
        if (value == null) {
            return false;
        }
        if (regex == null) {
            return raw.equals(value);
        }
        return regex.matcher(value.toLowerCase(Locale.ROOT)).matches();
    }
}
