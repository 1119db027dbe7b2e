package dev.annexkit.sdk.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * An OkHttp {@link HttpLoggingInterceptor.Logger} that scrubs credentials from every line before passing it on:
 * anything shaped like a JWT, {@code Bearer} tokens, and the secrets it was given, literal or encoded as JSON escapes
 * (<code>&#92;u003d</code>) or percent-encoding ({@code %3D}), see {@link SecretForms}. A second line of defence behind
 * {@link HttpLoggingInterceptor#redactHeader(String)}: a secret or token echoed in a body or a URL never reaches the
 * log either.
 */
public final class RedactingLogger implements HttpLoggingInterceptor.Logger {

    /** What replaces a credential. */
    public static final String REDACTED = "[REDACTED]";
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern BEARER = Pattern.compile("(?i)(Bearer\\s+)[^\\s\"]+");

    private final HttpLoggingInterceptor.Logger delegate;
    private final List<Pattern> secrets;

    /**
     * Creates the logger.
     *
     * @param delegate where the scrubbed lines go
     * @param secrets  literal values that must never be logged (the site secrets); blank values are ignored
     */
    public RedactingLogger(HttpLoggingInterceptor.Logger delegate, List<String> secrets) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.secrets = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null && !secret.trim().isEmpty()) {
                this.secrets.add(SecretForms.of(secret));
            }
        }
    }

    /**
     * Scrubs one line and logs it.
     *
     * @param message the line
     */
    @Override
    public void log(String message) {
        delegate.log(scrub(message));
    }

    /**
     * Removes credentials from a text.
     *
     * @param text any text
     * @return the text with tokens and secrets replaced by {@link #REDACTED}
     */
    public String scrub(String text) {
        String scrubbed = text;
        for (Pattern secret : secrets) {
            scrubbed = secret.matcher(scrubbed).replaceAll(REDACTED);
        }
        scrubbed = JWT.matcher(scrubbed).replaceAll(REDACTED);
        return BEARER.matcher(scrubbed).replaceAll("$1" + REDACTED);
    }
}
