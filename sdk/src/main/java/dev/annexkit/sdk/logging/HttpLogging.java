package dev.annexkit.sdk.logging;

import java.util.List;
import java.util.Objects;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * Request/response logging for the SDK: what to log and where. The interceptor it makes redacts the
 * {@code Authorization} header and scrubs tokens and the secret from every line ({@link RedactingLogger}).
 *
 * <pre>{@code
 * AnnexCloudClient.builder()...
 *     .logging(HttpLogging.of(HttpLoggingInterceptor.Level.BODY, line -> slf4jLogger.debug(line)))
 *     .build();
 * }</pre>
 */
public final class HttpLogging {

    /** Logs nothing (the default). */
    public static final HttpLogging NONE = new HttpLogging(HttpLoggingInterceptor.Level.NONE,
            HttpLoggingInterceptor.Logger.DEFAULT);

    private final HttpLoggingInterceptor.Level level;
    private final HttpLoggingInterceptor.Logger logger;

    private HttpLogging(HttpLoggingInterceptor.Level level, HttpLoggingInterceptor.Logger logger) {
        this.level = Objects.requireNonNull(level, "level");
        this.logger = Objects.requireNonNull(logger, "logger");
    }

    /**
     * Logs at {@code level} to {@code logger}; route it to SLF4J, Log4j or anything else with a lambda.
     *
     * @param level  {@code BASIC} (request and status lines), {@code HEADERS} or {@code BODY}
     * @param logger receives each line, already scrubbed
     * @return the logging settings
     */
    public static HttpLogging of(HttpLoggingInterceptor.Level level, HttpLoggingInterceptor.Logger logger) {
        return new HttpLogging(level, logger);
    }

    /**
     * Logs at {@code level} through OkHttp's default logger (java.util.logging).
     *
     * @param level the level
     * @return the logging settings
     */
    public static HttpLogging of(HttpLoggingInterceptor.Level level) {
        return new HttpLogging(level, HttpLoggingInterceptor.Logger.DEFAULT);
    }

    /**
     * Tells whether anything is logged.
     *
     * @return false for level {@code NONE}
     */
    public boolean isEnabled() {
        return level != HttpLoggingInterceptor.Level.NONE;
    }

    /**
     * Makes the logging interceptor; the SDK adds it after the signer so each attempt is logged as sent.
     *
     * @param secrets values never to log (the site secrets)
     * @return an interceptor that redacts {@code Authorization} and scrubs every line
     */
    public HttpLoggingInterceptor interceptor(List<String> secrets) {
        HttpLoggingInterceptor interceptor = new HttpLoggingInterceptor(new RedactingLogger(logger, secrets));
        interceptor.setLevel(level);
        interceptor.redactHeader("Authorization");
        interceptor.redactHeader("Proxy-Authorization");
        return interceptor;
    }
}
