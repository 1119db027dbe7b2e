package dev.annexkit.mock.wiremock.validation;

import com.atlassian.oai.validator.model.NormalisedPathImpl;
import com.fasterxml.jackson.databind.JsonNode;
import dev.annexkit.mock.wiremock.http.QueryString;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One operation's request check, compiled by {@link OperationProofs}: proves cheaply that a request keeps the
 * contract, i.e. that the library's request validator would report no error for it. "Not proved" is no verdict:
 * the caller then asks the library, so every refusal and its message still come from the library. Reads the
 * same inputs the library is given: the URL's raw path and decoded query, the content type, the body text (only
 * whether there is one) and the body parsed from that text.
 */
final class RequestProof {

    /** An operation nothing is proved for. */
    static final RequestProof NEVER = new RequestProof(-1, List.of(), Map.of(), Set.of(), null, false,
            new ContentTypeProof(Set.of()), ValueProof.UNPROVABLE);

    /** A parameter of the path: which part of it (after the base path) holds it, and its check. */
    record PathParameter(int part, ParameterProof proof) {
    }

    private final int pathParts;
    private final List<PathParameter> pathParameters;
    private final Map<String, ParameterProof> queryParameters;
    private final Set<String> requiredQuery;
    private final String basePath;
    /** Whether the operation describes a body at all (one sent to an operation without is an error). */
    private final boolean takesBody;
    private final boolean bodyRequired;
    private final ContentTypeProof contentTypes;
    private final ValueProof jsonBody;

    RequestProof(int pathParts, List<PathParameter> pathParameters, Map<String, ParameterProof> queryParameters,
                 Set<String> requiredQuery, String basePath, boolean bodyRequired, ContentTypeProof contentTypes,
                 ValueProof jsonBody) {
        this.pathParts = pathParts;
        this.pathParameters = List.copyOf(pathParameters);
        this.queryParameters = Map.copyOf(queryParameters);
        this.requiredQuery = Set.copyOf(requiredQuery);
        this.basePath = basePath;
        this.takesBody = jsonBody != null;
        this.bodyRequired = bodyRequired;
        this.contentTypes = contentTypes;
        this.jsonBody = jsonBody;
    }

    /**
     * Whether the request provably keeps the contract.
     *
     * @param url the raw request URL, with its query
     * @param contentType the content type header, or null
     * @param bodyText the body text the library would be given, or null
     * @param body {@code bodyText} parsed, or null (or a missing node) when it was not parsed
     */
    boolean proves(String url, String contentType, String bodyText, JsonNode body) {
        if (pathParts < 0) {
            return false;
        }
        ContentTypeProof.Verdict type = contentTypes.of(contentType);
        return type != ContentTypeProof.Verdict.UNPROVED && pathKeeps(url) && queryKeeps(url)
                && bodyKeeps(type, contentType, bodyText, body);
    }

    private boolean pathKeeps(String url) {
        NormalisedPathImpl path = new NormalisedPathImpl(QueryString.rawPath(url), basePath);
        if (path.numberOfParts() != pathParts) {
            return false;
        }
        for (PathParameter parameter : pathParameters) {
            String value;
            try {
                value = URLDecoder.decode(path.part(parameter.part()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false; // a broken escape: the library fails on it, let it
            }
            if (!parameter.proof().proves(value)) {
                return false;
            }
        }
        return true;
    }

    private boolean queryKeeps(String url) {
        if (url.indexOf('?') < 0) {
            return requiredQuery.isEmpty();
        }
        Map<String, List<String>> query = QueryString.parameters(url);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            ParameterProof proof = queryParameters.get(parameter.getKey());
            // Unknown names (also known ones in another case) and repeated values are the library's to judge.
            if (proof == null || parameter.getValue().size() != 1 || !proof.proves(parameter.getValue().get(0))) {
                return false;
            }
        }
        return query.keySet().containsAll(requiredQuery);
    }

    private boolean bodyKeeps(ContentTypeProof.Verdict type, String contentType, String bodyText, JsonNode body) {
        if (bodyText == null || bodyText.isEmpty()) {
            return !bodyRequired;
        }
        return takesBody && contentType != null && type == ContentTypeProof.Verdict.JSON && body != null
                && !body.isMissingNode() && jsonBody.proves(body);
    }
}
