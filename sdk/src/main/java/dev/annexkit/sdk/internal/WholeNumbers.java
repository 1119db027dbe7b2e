package dev.annexkit.sdk.internal;

import com.google.gson.Gson;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads the API's integer fields leniently: a whole number written as a decimal ({@code 6620.0}, {@code "6620.0"},
 * {@code "1.0E7"}) binds to a {@code long}/{@code int} field. Annex Cloud's own connectors read every field as a
 * string, and a server that renders its numbers through a floating-point type writes exactly such values; refusing
 * them would break callers over a formatting detail. Anything that is not exactly a whole number in range
 * ({@code "6620.5"}, {@code ""}, {@code true}) is still refused, so no value is ever rounded or invented. Writing
 * is unchanged: the SDK sends canonical numbers.
 */
final class WholeNumbers implements TypeAdapterFactory {

    /** Longer texts are not numbers any server sends; refusing them early keeps parsing cheap. */
    private static final int MAX_TEXT = 64;
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<?> raw = type.getRawType();
        if (raw == Long.class || raw == long.class) {
            return (TypeAdapter<T>) new Adapter(false).nullSafe();
        }
        if (raw == Integer.class || raw == int.class) {
            return (TypeAdapter<T>) new Adapter(true).nullSafe();
        }
        return null;
    }

    /**
     * Parses a whole number.
     *
     * @param text the number's text
     * @return the value
     * @throws NumberFormatException when the text is not exactly a whole number that fits a long
     */
    static long parse(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TEXT) {
            throw new NumberFormatException("not a whole number: '" + text + "'");
        }
        try {
            return Long.parseLong(trimmed);
        } catch (NumberFormatException notPlain) {
            BigDecimal value = new BigDecimal(trimmed); // throws NumberFormatException for non-numbers
            // compare before any exact conversion: "1e999999999" must not be expanded
            if (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
                throw new NumberFormatException("out of range: '" + text + "'");
            }
            if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
                throw new NumberFormatException("not a whole number: '" + text + "'");
            }
            return value.longValueExact();
        }
    }

    private static final class Adapter extends TypeAdapter<Number> {
        private final boolean asInt;

        Adapter(boolean asInt) {
            this.asInt = asInt;
        }

        @Override
        public Number read(JsonReader in) throws IOException {
            JsonToken token = in.peek();
            if (token != JsonToken.NUMBER && token != JsonToken.STRING) {
                throw new JsonSyntaxException("Expected a whole number but was " + token + " at path " + in.getPath());
            }
            String text = in.nextString();
            try {
                long value = parse(text);
                if (asInt && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
                    throw new NumberFormatException("out of range for an int: '" + text + "'");
                }
                if (asInt) { // not a ?: expression, which would promote the Integer to a Long
                    return Integer.valueOf((int) value);
                }
                return Long.valueOf(value);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new JsonSyntaxException("Expected a whole number but was '" + text + "' at path "
                        + in.getPath(), e);
            }
        }

        @Override
        public void write(JsonWriter out, Number value) throws IOException {
            out.value(value);
        }
    }
}
