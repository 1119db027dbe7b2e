package dev.annexkit.sdk.auth;

import java.util.Objects;

/**
 * The decoded first path parameter of a request, attached as an OkHttp request tag
 * ({@code builder.tag(PathIdentifier.class, PathIdentifier.of("XYZ@annexcloud.com"))}) when the caller knows it.
 * A tag takes precedence over any {@link PathIdentifierResolver} configured on {@link AnnexAuthInterceptor}.
 */
public final class PathIdentifier {

    private static final PathIdentifier NONE = new PathIdentifier("");

    private final String value;

    private PathIdentifier(String value) {
        this.value = value;
    }

    /**
     * Creates a tag value.
     *
     * @param value the decoded path parameter value, e.g. {@code "XYZ@annexcloud.com"}; not null
     * @return the identifier
     */
    public static PathIdentifier of(String value) {
        return new PathIdentifier(Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns the identifier for operations without path parameters.
     *
     * @return an identifier whose value is the empty string
     */
    public static PathIdentifier none() {
        return NONE;
    }

    /**
     * Returns the decoded value.
     *
     * @return the path parameter value, never null
     */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathIdentifier && ((PathIdentifier) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "PathIdentifier{" + value + "}";
    }
}
