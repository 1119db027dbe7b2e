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
 *       an ASCII id is escaped here directly, to the same text;</li>
 *   <li>{@link #requestBodyToString} serialised every request body a second time into a string for the generated
 *       authentications, which ignore it (the bearer and API-key schemes only set headers, and the SDK leaves
 *       them unset: {@code AnnexAuthInterceptor} signs the bytes actually sent).</li>
 * </ul>
 * Internal: {@code AnnexCloudClient} creates it.
 */
public final class LeanApiClient extends ApiClient {

    /** {@link ApiClient#isJsonMime}'s expression, compiled once. */
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
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
        StringBuilder escaped = null;
        for (int i = 0; i < str.length(); i++) {
            char c = str.charAt(i);
            if (c >= 0x80) {
                return super.escapeString(str); // multi-byte UTF-8: leave it to URLEncoder
            }
            if (unchangedByUrlEncoder(c)) {
                if (escaped != null) {
                    escaped.append(c);
                }
                continue;
            }
            if (escaped == null) {
                escaped = new StringBuilder(str.length() + 16).append(str, 0, i);
            }
            // what URLEncoder writes for an ASCII character (upper-case hex), with the space as %20 as the
            // generated method's replaceAll("\\+", "%20") turns it
            escaped.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
        return escaped == null ? str : escaped.toString();
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
