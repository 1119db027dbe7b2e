package dev.annexkit.mock.wiremock.admin;

import com.github.tomakehurst.wiremock.common.url.PathParams;
import dev.annexkit.mock.domain.error.InvalidField;
import dev.annexkit.mock.wiremock.http.JsonBody;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * An admin request: its JSON body, path parameters, and the body's text as sent (a state export must be read
 * from its text: the parsed tree has already turned {@code 5.00} into {@code 5.0}).
 */
record AdminRequest(JsonBody body, PathParams pathParams, String text) {

    /** A required ISO-8601 duration field, e.g. {@code P30D} or {@code PT12H}. */
    Duration duration(String field) {
        String text = body.requiredText(field);
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "must be an ISO-8601 duration such as P30D or PT12H, got \"" + text + "\"");
        }
    }
}
