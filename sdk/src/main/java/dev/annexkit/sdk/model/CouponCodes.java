package dev.annexkit.sdk.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import com.google.gson.internal.Streams;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The {@code coupons} of a coupon upload: Annex Cloud documents an array of codes but shows one
 * comma-separated string in its example, and accepts both. This type keeps the form you choose on the wire.
 *
 * <p>Hand-written (the spec's {@code CouponCodes} schema is mapped to it) because the generator's
 * {@code oneOf} of an array and a string cannot serialise the array form.
 */
@JsonAdapter(CouponCodes.GsonAdapter.class)
public final class CouponCodes {

    private final List<String> codes;
    private final boolean commaSeparated;

    private CouponCodes(List<String> codes, boolean commaSeparated) {
        this.codes = Collections.unmodifiableList(new ArrayList<>(codes));
        this.commaSeparated = commaSeparated;
    }

    /**
     * Codes sent as a JSON array.
     *
     * @param codes the coupon codes
     * @return the codes
     */
    public static CouponCodes of(List<String> codes) {
        return new CouponCodes(Objects.requireNonNull(codes, "codes"), false);
    }

    /**
     * Codes sent as a JSON array.
     *
     * @param codes the coupon codes
     * @return the codes
     */
    public static CouponCodes of(String... codes) {
        return of(Arrays.asList(codes));
    }

    /**
     * Codes sent as one comma-separated string, as in Annex Cloud's documented example.
     *
     * @param commaSeparated e.g. {@code "HPRQ9ORLQ3,HPRQRXD1Q3"}
     * @return the codes
     */
    public static CouponCodes commaSeparated(String commaSeparated) {
        List<String> codes = new ArrayList<>();
        for (String code : Objects.requireNonNull(commaSeparated, "commaSeparated").split(",", -1)) {
            codes.add(code.trim());
        }
        return new CouponCodes(codes, true);
    }

    /**
     * The codes, in order.
     *
     * @return an unmodifiable list
     */
    public List<String> codes() {
        return codes;
    }

    /**
     * Whether the codes go on the wire as one comma-separated string.
     *
     * @return true for the string form, false for the array form
     */
    public boolean isCommaSeparated() {
        return commaSeparated;
    }

    /**
     * Checks a JSON value has one of the two accepted forms; called by the generated request model.
     *
     * @param json the value of {@code coupons}
     * @throws IOException when it is neither an array of strings nor a string
     */
    public static void validateJsonElement(JsonElement json) throws IOException {
        fromJson(json);
    }

    private static CouponCodes fromJson(JsonElement json) throws IOException {
        if (json != null && json.isJsonPrimitive() && json.getAsJsonPrimitive().isString()) {
            return commaSeparated(json.getAsString());
        }
        if (json != null && json.isJsonArray()) {
            List<String> codes = new ArrayList<>();
            for (JsonElement code : json.getAsJsonArray()) {
                if (!code.isJsonPrimitive() || !code.getAsJsonPrimitive().isString()) {
                    throw new IOException("coupons must hold strings only, got " + code);
                }
                codes.add(code.getAsString());
            }
            return of(codes);
        }
        throw new IOException("coupons must be an array of codes or one comma-separated string, got " + json);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CouponCodes)) {
            return false;
        }
        CouponCodes other = (CouponCodes) o;
        return commaSeparated == other.commaSeparated && codes.equals(other.codes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(codes, commaSeparated);
    }

    @Override
    public String toString() {
        return commaSeparated ? String.join(",", codes) : codes.toString();
    }

    /** Writes and reads both wire forms. */
    static final class GsonAdapter extends TypeAdapter<CouponCodes> {
        @Override
        public void write(JsonWriter out, CouponCodes value) throws IOException {
            if (value == null) {
                out.nullValue();
                return;
            }
            if (value.commaSeparated) {
                Streams.write(new JsonPrimitive(String.join(",", value.codes)), out);
                return;
            }
            JsonArray array = new JsonArray();
            value.codes.forEach(array::add);
            Streams.write(array, out);
        }

        @Override
        public CouponCodes read(JsonReader in) throws IOException {
            return CouponCodes.fromJson(Streams.parse(in));
        }
    }
}
