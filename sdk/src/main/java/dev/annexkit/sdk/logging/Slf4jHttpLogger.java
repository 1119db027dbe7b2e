package dev.annexkit.sdk.logging;

import java.util.Objects;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the SDK's HTTP log lines (already scrubbed of tokens and secrets, see {@link RedactingLogger}) to SLF4J at
 * DEBUG, so they land where the application's own logs go.
 *
 * <pre>{@code
 * AnnexCloudClient.builder()...
 *     .logging(Slf4jHttpLogger.logging(HttpLoggingInterceptor.Level.BASIC))
 *     .build();
 * }</pre>
 *
 * <p>{@code slf4j-api} is an optional dependency of the SDK: add it to your build (any 1.7 or 2.x) to use this
 * class. Nothing else in the SDK refers to it, so the SDK runs without SLF4J on the classpath.
 */
public final class Slf4jHttpLogger implements HttpLoggingInterceptor.Logger {

    /** The logger name used by {@link #logging(HttpLoggingInterceptor.Level)}. */
    public static final String LOGGER_NAME = "dev.annexkit.sdk.http";

    private final Logger logger;

    /**
     * Logs to {@code logger} at DEBUG.
     *
     * @param logger the SLF4J logger
     */
    public Slf4jHttpLogger(Logger logger) {
        this.logger = Objects.requireNonNull(logger, "logger");
    }

    /**
     * HTTP logging at {@code level} to the SLF4J logger {@value #LOGGER_NAME}, at DEBUG.
     *
     * @param level {@code BASIC} (request and status lines), {@code HEADERS} or {@code BODY}
     * @return the logging settings for {@code AnnexCloudClient.Builder#logging}
     */
    public static HttpLogging logging(HttpLoggingInterceptor.Level level) {
        return HttpLogging.of(level, new Slf4jHttpLogger(LoggerFactory.getLogger(LOGGER_NAME)));
    }

    /**
     * Logs one line at DEBUG, if DEBUG is enabled.
     *
     * @param message the line
     */
    @Override
    public void log(String message) {
        if (logger.isDebugEnabled()) {
            logger.debug(message);
        }
    }
}
