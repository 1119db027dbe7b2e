package dev.annexkit.mock.wiremock.fault;

import java.util.Locale;

/** What a fault does to a request of its operation. */
public enum FaultKind {
    /** Answers an error (503, 500 or 429, with {@code Retry-After}) without applying the request. */
    FAIL,
    /** Applies the request and answers normally, after a delay. */
    DELAY,
    /** Applies the request, then closes the connection without an answer: the client cannot know it landed. */
    APPLY_THEN_DROP,
    /** Applies the request, then answers 503 as if it had not. */
    APPLY_THEN_FAIL;

    /** The wire name: {@code fail}, {@code delay}, {@code apply-then-drop}, {@code apply-then-fail}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a wire name, case-insensitively; {@code IllegalArgumentException} naming the choices. */
    public static FaultKind parse(String text) {
        for (FaultKind kind : values()) {
            if (kind.wireName().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("must be one of fail, delay, apply-then-drop, apply-then-fail, got \""
                + text + "\"");
    }

    /** Whether the request reaches the program before the fault shows. */
    public boolean applies() {
        return this != FAIL;
    }
}
