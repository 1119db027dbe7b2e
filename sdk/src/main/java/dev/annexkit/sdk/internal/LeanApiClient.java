package dev.annexkit.sdk.internal;

import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;

/**
 * The generated {@link ApiClient} without three costs it pays on every call (issue 15, SDK client CPU), each
 * answer unchanged:
 * <ul>
 *   <li>{@link #isJsonMime} compiled the same regular expression on every call (twice while building a request,
 *       once while reading the answer); here it is compiled once;</li>
 *   <li>{@link #escapeString} ran {@code URLEncoder} and a freshly compiled {@code replaceAll} on every path id;
 *       an id made only of characters {@code URLEncoder} never changes is returned as it is;</li>
 *   <li>{@link #requestBodyToString} serialised every request body a second time into a string for the generated
 *       authentications, which ignore it (the bearer and API-key schemes only set headers, and the SDK leaves
 *       them unset: {@code AnnexAuthInterceptor} signs the bytes actually sent).</li>
 * </ul>
 * Internal: {@code AnnexCloudClient} creates it.
 */
public final class LeanApiClient extends ApiClient {

    /** {@link ApiClient#isJsonMime}'s expression, compiled once. */
    private static final Pattern JSON_MIME =
            Pattern.compile("(?i)^(application/json|[^;/ \t]+/[^;/ \t]+[+]json)[ \t]*(;.*)?$");

    /**
     * Creates the client over {@code http}.
     *
     * @param http the configured OkHttp client
     */
    public LeanApiClient(OkHttpClient http) {
        super(http);
    }

    @Override
    public boolean isJsonMime(String mime) {
        return mime != null && (mime.equals("application/json") || JSON_MIME.matcher(mime).matches()
                || mime.equals("*/*"));
    }

    @Override
    public String escapeString(String str) {
        for (int i = 0; i < str.length(); i++) {
            if (!unchangedByUrlEncoder(str.charAt(i))) {
                return super.escapeString(str);
            }
        }
        return str;
    }

    /** The characters {@code URLEncoder} keeps as they are: letters, digits and {@code . - * _}. */
    private static boolean unchangedByUrlEncoder(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '-' || c == '*' || c == '_';
    }

    @Override
    protected String requestBodyToString(RequestBody requestBody) {
        return ""; // only ever passed to the generated authentications, which do not read it (see above)
    }
}
