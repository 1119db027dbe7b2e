package dev.annexkit.sdk.auth;

import okhttp3.Request;

/**
 * Finds the identifier that GET/DELETE requests hash: the decoded value of the request's first path parameter.
 * The interceptor cannot know the operation's path template, so the client layer supplies one of these
 * (usually {@link PathTemplates}).
 */
@FunctionalInterface
public interface PathIdentifierResolver {

    /** A resolver that always answers the empty identifier; signs as if no operation had path parameters. */
    PathIdentifierResolver NONE = request -> "";

    /**
     * Returns the decoded first path parameter of {@code request}.
     *
     * @param request the outgoing request; not null
     * @return the identifier, or {@code ""} when the operation has no path parameter or is unknown; never null
     */
    String identifierFor(Request request);
}
